// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meetings/DecisionRemoval.h"

#include "core/storage/Database.h"
#include "core/storage/ForumFile.h"

namespace forumdesk {

DecisionRemoval DecisionRemoval::remove(ForumFile &file, qint64 id)
{
    file.requireWritable();
    Transaction tx(file.database());
    DecisionRemoval removal;
    removal.m_record = DecisionRecord::load(file, id);
    removal.m_actionItems = References::to(file, id, {{"action_item", "decision_id"}});
    DecisionRecord::remove(file, id);
    tx.commit();
    return removal;
}

void DecisionRemoval::restore(ForumFile &file) const
{
    file.requireWritable();
    Transaction tx(file.database());
    DecisionRecord record = m_record;
    record.write(file);
    m_actionItems.restore(file, m_record.decision.id);
    tx.commit();
}

} // namespace forumdesk
