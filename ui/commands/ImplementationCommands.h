// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/commands/EditCommand.h"
#include "core/implementation/ProgressUpdate.h"

#include <QDate>
#include <QString>


namespace forumdesk {

class ForumDocument;

// Sets a commitment's completion level (empty = back to what progress suggests) with its reason,
// through ProgressTracking::setLevel; undo restores the level and reason it had.
class SetCompletionLevelCommand : public EditCommand {
public:
    SetCompletionLevelCommand(ForumDocument *document, qint64 commitmentId, const QString &level,
                              const QString &reason, const QDate &today, const QString &text);

protected:
    void apply() override;
    void revert() override;

private:
    qint64 m_commitmentId;
    QString m_level;
    QString m_reason;
    QDate m_today;
    QString m_levelBefore;
    QString m_reasonBefore;
    bool m_read = false;
};

} // namespace forumdesk
