// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/document/ForumDocument.h"
#include "ui/commands/EditCommand.h"
#include "core/storage/Table.h"

#include <optional>

namespace forumdesk {

// Creates, changes or deletes one record of any table: `before` empty = create `after`; both set =
// update; `after` empty = delete. Undo runs the opposite; a re-created record keeps its id and uid.
template <class T>
class RecordCommand : public EditCommand {
public:
    RecordCommand(ForumDocument *document, std::optional<T> before, std::optional<T> after,
                  const QString &text)
        : EditCommand(document, text), m_before(std::move(before)), m_after(std::move(after))
    {
    }

    // The record as it is after redo() (with its id once created).
    const std::optional<T> &after() const { return m_after; }

protected:
    void apply() override { write(m_before, m_after); }
    void revert() override { write(m_after, m_before); }

private:
    void write(std::optional<T> &from, std::optional<T> &to)
    {
        Table<T> records(document()->file());
        if (!from && to) {
            T record = *to;
            records.create(record);
            to->id = record.id;
            to->uid = record.uid;
        } else if (from && to) {
            T record = *to;
            records.update(record);
        } else if (from && !to) {
            records.remove(from->id);
        }
    }

    std::optional<T> m_before;
    std::optional<T> m_after;
};

} // namespace forumdesk
