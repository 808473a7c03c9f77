// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/meetings/MeetingEditor.h"

#include "ui/document/ForumDocument.h"
#include "ui/document/DocumentExport.h"
#include "core/forum/Vocabulary.h"
#include "ui/meetings/AgendaPanel.h"
#include "ui/meetings/AttendancePanel.h"
#include "core/meetings/Meeting.h"
#include "ui/meetings/MeetingDetailsPanel.h"
#include "ui/meetings/MinutesPanel.h"
#include "core/storage/Table.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace forumdesk {

MeetingEditor::MeetingEditor(ForumDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_heading(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_details(new MeetingDetailsPanel(document, this)), m_agenda(new AgendaPanel(document, this)),
      m_attendance(new AttendancePanel(document, this)), m_minutes(new MinutesPanel(document, this)),
      m_export(new DocumentExport(document, this))
{
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setObjectName(QStringLiteral("meetingHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);

    auto *detailsScroll = new QScrollArea(this);
    detailsScroll->setWidget(m_details);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(detailsScroll, tr("De&tails"));
    m_tabs->addTab(m_agenda, tr("A&genda"));
    m_tabs->addTab(m_attendance, tr("Atte&ndance"));
    m_tabs->addTab(m_minutes, tr("&Minutes"));

    auto *minutesButton = new QPushButton(tr("Export Minutes…"), this);
    auto *noticeButton = new QPushButton(tr("Export Notice…"), this);
    auto *icsButton = new QPushButton(tr("Invitation (.ics)…"), this);
    auto *printButton = new QPushButton(tr("Print"), this);
    auto *printMenu = new QMenu(printButton);
    printMenu->addAction(tr("Print Minutes…"), this, [this] { m_export->print(DocumentExport::Kind::Minutes, m_meetingId); });
    printMenu->addAction(tr("Print Notice…"), this, [this] { m_export->print(DocumentExport::Kind::Notice, m_meetingId); });
    printButton->setMenu(printMenu);
    minutesButton->setObjectName(QStringLiteral("exportMinutes"));
    connect(minutesButton, &QPushButton::clicked, this, [this] { m_export->chooseAndWrite(DocumentExport::Kind::Minutes, m_meetingId); });
    connect(noticeButton, &QPushButton::clicked, this, [this] { m_export->chooseAndWrite(DocumentExport::Kind::Notice, m_meetingId); });
    connect(icsButton, &QPushButton::clicked, this, [this] {
        const auto meeting = Table<Meeting>(m_document->file()).find(m_meetingId);
        m_export->chooseAndWriteCalendar({m_meetingId}, meeting ? meeting->title : tr("Meeting"));
    });
    m_exportButtons = {minutesButton, noticeButton, icsButton, printButton};

    auto *actions = new QHBoxLayout;
    actions->addStretch();
    for (QPushButton *b : std::as_const(m_exportButtons))
        actions->addWidget(b);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(actions);

    connect(document, &ForumDocument::changed, this, [this](const ChangeSet &changes) {
        if (changes.touches(RecordKind::Meeting))
            updateHeading();
    });
    setMeeting(0);
}

void MeetingEditor::setMeeting(qint64 meetingId)
{
    m_meetingId = meetingId;
    m_details->setMeeting(meetingId);
    m_agenda->setMeeting(meetingId);
    m_attendance->setMeeting(meetingId);
    m_minutes->setMeeting(meetingId);
    m_tabs->setEnabled(meetingId > 0);
    for (QPushButton *b : std::as_const(m_exportButtons))
        b->setEnabled(meetingId > 0);
    updateHeading();
}

void MeetingEditor::updateHeading()
{
    const auto meeting = m_meetingId > 0 ? Table<Meeting>(m_document->file()).find(m_meetingId) : std::nullopt;
    if (!meeting) {
        m_heading->setText(tr("Choose a meeting in the list, or add one."));
        return;
    }
    const QLocale locale;
    m_heading->setText(tr("%1\n%2 at %3 · %4", "title, date, time, status")
                           .arg(meeting->title, locale.toString(meeting->startsAt.date(), QLocale::LongFormat),
                                locale.toString(meeting->startsAt.time(), QLocale::ShortFormat),
                                Vocabulary::label(Vocabulary::List::MeetingStatus, meeting->status)));
}

} // namespace forumdesk
