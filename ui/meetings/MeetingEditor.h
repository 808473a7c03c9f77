// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace forumdesk {

class AgendaPanel;
class AttendancePanel;
class ForumDocument;
class MeetingDetailsPanel;
class DocumentExport;
class MinutesPanel;

// One meeting, from its preparation to its minutes: details, agenda, attendance, minutes; and
// its exports (minutes, notice, invitation) and printing.
class MeetingEditor : public QWidget {
    Q_OBJECT
public:
    enum Tab { DetailsTab, AgendaTab, AttendanceTab, MinutesTab };

    explicit MeetingEditor(ForumDocument *document, QWidget *parent = nullptr);

    void setMeeting(qint64 meetingId);
    qint64 meetingId() const { return m_meetingId; }

    QTabWidget *tabs() const { return m_tabs; }
    MeetingDetailsPanel *details() const { return m_details; }
    AgendaPanel *agenda() const { return m_agenda; }
    AttendancePanel *attendance() const { return m_attendance; }
    MinutesPanel *minutes() const { return m_minutes; }
    DocumentExport *exporter() const { return m_export; }

private:
    void updateHeading();

    ForumDocument *m_document;
    qint64 m_meetingId = 0;
    QLabel *m_heading;
    QTabWidget *m_tabs;
    MeetingDetailsPanel *m_details;
    AgendaPanel *m_agenda;
    AttendancePanel *m_attendance;
    MinutesPanel *m_minutes;
    DocumentExport *m_export;
    QList<QPushButton *> m_exportButtons;
};

} // namespace forumdesk
