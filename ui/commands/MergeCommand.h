// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/merge/Merge.h"
#include "ui/commands/EditCommand.h"

#include <QByteArray>

namespace forumdesk {

// Merges another copy of the forum into it (mergeForums, with the conflicts already settled by the
// person or a policy) as one undoable step. The first run records every row the merge wrote
// (ChangeRecorder); undo writes the inverse, redo the recording again, so both give back the very
// same rows and the file's change log and tombstones as they were.
class MergeCommand : public EditCommand {
public:
    MergeCommand(ForumDocument *document, const QString &theirsPath, const MergeOptions &options, const QString &text);

    // What the merge did (after the first run).
    const MergeReport &report() const { return m_report; }

protected:
    void apply() override;
    void revert() override;

private:
    QString m_theirs;
    MergeOptions m_options;
    MergeReport m_report;
    QByteArray m_changes; // empty until the first run
    bool m_ran = false;
};

} // namespace forumdesk
