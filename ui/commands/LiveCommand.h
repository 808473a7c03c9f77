// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/commands/EditCommand.h"

#include <QByteArray>

#include <functional>

namespace forumdesk {

class ForumFile;

// One step of a live meeting (LiveMeeting: a speaker started, an item taken up, a vote cast):
// the first redo runs the step and records what it wrote (ChangeRecorder); undo writes the
// inverse, redo the recording again, so both give back the very rows the step wrote, however many
// it touched (a speaker stopped, an item closed and the next taken up, all in one).
class LiveCommand : public EditCommand {
public:
    LiveCommand(ForumDocument *document, std::function<void(ForumFile &)> step, const QString &text);

protected:
    void apply() override;
    void revert() override;

private:
    std::function<void(ForumFile &)> m_step;
    QByteArray m_changes;
    bool m_recorded = false;
};

} // namespace forumdesk
