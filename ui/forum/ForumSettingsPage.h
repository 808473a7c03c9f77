// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/forum/Forum.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;

#include <functional>

namespace forumdesk {

class FieldMessage;
class ForumDocument;

// The forum's own settings: who it is, how it decides, where it publishes. Each field is saved
// when the user leaves it, as one undoable change; a value the file's rules refuse is explained
// under the field and not saved.
class ForumSettingsPage : public QWidget {
    Q_OBJECT
public:
    explicit ForumSettingsPage(ForumDocument *document, QWidget *parent = nullptr);

    // The editor of a column ("name", "website"...), for tests.
    QWidget *editor(const QString &column) const;
    // Saves the value now in the editor of `column` (what leaving the field does).
    void commit(const QString &column);
    // The explanation shown under a field, empty when none.
    QString messageFor(const QString &column) const;
    // The notice under the time zone when the forum keeps UTC and this computer another zone
    // (with a button to use the computer's zone); empty when not shown.
    QString zoneNotice() const;
    QPushButton *useComputerZoneButton() const { return m_useComputerZone; }

private:
    struct Editor {
        QWidget *widget = nullptr;
        FieldMessage *message = nullptr;
        std::function<void(const Forum &)> show;   // forum -> widget
        std::function<void(Forum &)> take;         // widget -> forum
    };
    void addEditor(const QString &column, QWidget *widget, std::function<void(const Forum &)> show,
                   std::function<void(Forum &)> take);
    QWidget *row(const QString &column) const;
    void reload();
    void updateZoneNotice(const Forum &forum);
    // Checks the UI adds on top of the file's rules (web addresses, e-mail, time zone).
    QString extraCheck(const QString &column, const Forum &forum) const;

    ForumDocument *m_document;
    QHash<QString, Editor> m_editors;
    QStringList m_order;
    QWidget *m_zoneNotice = nullptr;
    QLabel *m_zoneNoticeText = nullptr;
    QPushButton *m_useComputerZone = nullptr;
};

} // namespace forumdesk
