// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetings/AttendanceSheet.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace forumdesk {

class ForumDocument;

// The roll call: one key or click per member (P present, R remote, E excused, A absent,
// S represented by an alternate), guests with their organization and sector, and the quorum and
// the sector balance of those present, recomputed at every mark.
class AttendancePanel : public QWidget {
    Q_OBJECT
public:
    explicit AttendancePanel(ForumDocument *document, QWidget *parent = nullptr);

    void setMeeting(qint64 meetingId);
    QTableWidget *members() const { return m_members; }
    QTableWidget *guests() const { return m_guests; }
    QLabel *quorum() const { return m_quorum; }
    QLabel *balance() const { return m_balance; }
    int rowOfMember(qint64 memberId) const;

    // Marks the member on `row`; "represented" asks for the alternate's name unless given.
    void mark(int row, const QString &status, const QString &alternate = {});
    // Adds a guest (name, organization, sector key).
    void addGuest(const QString &name, const QString &organization, const QString &sector);

public slots:
    void askGuest();
    void removeSelectedGuest();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool hasMeeting() const;
    void reload();
    void updateQuorum();

    ForumDocument *m_document;
    qint64 m_meetingId = 0;
    QList<AttendanceLine> m_lines;
    QList<Attendance> m_guestRows;
    QTableWidget *m_members;
    QTableWidget *m_guests;
    QLabel *m_quorum;
    QLabel *m_balance;
    QList<QPushButton *> m_markButtons;
    QPushButton *m_addGuest;
    QPushButton *m_removeGuest;
};

} // namespace forumdesk
