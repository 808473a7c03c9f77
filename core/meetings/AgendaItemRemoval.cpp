// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meetings/AgendaItemRemoval.h"

#include "core/meetings/Agenda.h"
#include "core/storage/Database.h"
#include "core/storage/ForumFile.h"

namespace forumdesk {

AgendaItemRemoval AgendaItemRemoval::remove(ForumFile &file, qint64 id)
{
    file.requireWritable();
    Transaction tx(file.database());
    AgendaItemRemoval removal;
    removal.m_decisions = References::to(file, id, {{"decision", "agenda_item_id"}, {"intervention", "agenda_item_id"}});
    removal.m_item = Agenda::remove(file, id);
    tx.commit();
    return removal;
}

void AgendaItemRemoval::restore(ForumFile &file) const
{
    file.requireWritable();
    Transaction tx(file.database());
    AgendaItem item = m_item;
    Agenda::insert(file, item, m_item.position);
    m_decisions.restore(file, m_item.id);
    tx.commit();
}

} // namespace forumdesk
