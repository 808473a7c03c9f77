// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/MergeCommand.h"

#include "core/storage/ChangeRecorder.h"
#include "core/storage/Database.h"
#include "core/storage/StorageError.h"
#include "ui/document/ForumDocument.h"

#include <QCoreApplication>

namespace forumdesk {

namespace {
struct Words {
    Q_DECLARE_TR_FUNCTIONS(Commands)
};
} // namespace

MergeCommand::MergeCommand(ForumDocument *document, const QString &theirsPath, const MergeOptions &options,
                           const QString &text)
    : EditCommand(document, text), m_theirs(theirsPath), m_options(options)
{
    m_options.dryRun = false;
}

void MergeCommand::apply()
{
    Database &db = document()->file().database();
    if (m_ran) {
        ChangeRecorder::apply(db, m_changes);
        return;
    }
    ChangeRecorder recorder(db);
    m_report = mergeForums(document()->file(), m_theirs, m_options);
    if (m_report.unresolvedCount() > 0)
        throw StorageError(StorageError::Kind::Validation,
                           Words::tr("%n conflict(s) are not settled; nothing was merged", nullptr,
                                     m_report.unresolvedCount()));
    m_changes = recorder.finish();
    m_ran = true;
}

void MergeCommand::revert()
{
    ChangeRecorder::apply(document()->file().database(), ChangeRecorder::inverted(m_changes));
}

} // namespace forumdesk
