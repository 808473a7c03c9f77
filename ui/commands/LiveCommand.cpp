// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/LiveCommand.h"

#include "core/storage/ChangeRecorder.h"
#include "core/storage/ForumFile.h"
#include "ui/document/ForumDocument.h"

namespace forumdesk {

LiveCommand::LiveCommand(ForumDocument *document, std::function<void(ForumFile &)> step, const QString &text)
    : EditCommand(document, text), m_step(std::move(step))
{
}

void LiveCommand::apply()
{
    ForumFile &file = document()->file();
    if (m_recorded) {
        ChangeRecorder::apply(file.database(), m_changes);
        return;
    }
    ChangeRecorder recorder(file.database());
    m_step(file);
    m_changes = recorder.finish();
    m_recorded = true;
    if (m_changes.isEmpty())
        setObsolete(true); // nothing written (a pause already paused): no undo step
}

void LiveCommand::revert()
{
    ChangeRecorder::apply(document()->file().database(), ChangeRecorder::inverted(m_changes));
}

} // namespace forumdesk
