// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetings/Meeting.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QComboBox;
class QFormLayout;

namespace forumdesk {

class FieldMessage;
class ForumDocument;

// A meeting's own fields: kind, title, when, where, plan, chair, secretary, notice, status. Each
// field is saved when the user leaves it, as one undoable change; a value the rules refuse (an
// end before the start) is explained under the field and not saved.
class MeetingDetailsPanel : public QWidget {
    Q_OBJECT
public:
    explicit MeetingDetailsPanel(ForumDocument *document, QWidget *parent = nullptr);

    void setMeeting(qint64 meetingId);
    qint64 meetingId() const { return m_meeting.id; }
    void reload();

    QWidget *editor(const QString &column) const { return m_editors.value(column).widget; }
    void commit(const QString &column);
    QString messageFor(const QString &column) const;
    // Moves the meeting along its lifecycle; approval needs the later meeting that approved the
    // minutes. Returns false (and explains) when the step is refused.
    bool changeStatus(const QString &status, qint64 approvedAtMeetingId = 0);

private:
    struct Editor {
        QWidget *widget = nullptr;
        FieldMessage *message = nullptr;
        std::function<void(const Meeting &)> show;
        std::function<void(Meeting &)> take;
    };
    void add(const QString &column, const QString &label, QWidget *widget,
             std::function<void(const Meeting &)> show, std::function<void(Meeting &)> take);
    void fillChoices();
    void statusChosen(int index);

    ForumDocument *m_document;
    Meeting m_meeting;
    QHash<QString, Editor> m_editors;
    QComboBox *m_status;
    FieldMessage *m_statusMessage;
    QFormLayout *m_form;
};

} // namespace forumdesk
