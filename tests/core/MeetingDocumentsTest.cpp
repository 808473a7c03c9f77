// SPDX-License-Identifier: GPL-3.0-or-later
// Minutes, notice and invitations: the text of every format holds the agenda, attendees, decisions
// and action items, in the forum's language; markup and other scripts come out as written.
#include <catch2/catch.hpp>

#include "tests/support/TestSupport.h"
#include "core/documents/DocumentBuilder.h"
#include "core/documents/DocumentWriter.h"
#include "core/forum/Forum.h"
#include "core/forum/Member.h"
#include "core/forum/NewForum.h"
#include "core/meetings/ActionItem.h"
#include "core/meetings/AgendaItem.h"
#include "core/meetings/Attendance.h"
#include "core/meetings/Decision.h"
#include "core/meetings/IcsCalendar.h"
#include "core/meetings/Meeting.h"
#include "core/meetings/MinutesDocument.h"
#include "core/meetings/Vote.h"
#include "core/storage/StorageError.h"
#include "core/storage/Table.h"

#include <QFile>
#include <QTextDocument>
#include <QTimeZone>

using namespace forumdesk;

namespace {

const QString kMarkup = QStringLiteral("<b>Juana</b> & \"Pérez\"");
const QString kChinese = QStringLiteral("王芳");
const QString kArabic = QStringLiteral("ليلى");

struct MinutedMeeting {
    test::TempFolder folder;
    std::unique_ptr<ForumFile> file;
    Meeting meeting;
    Meeting next;

    explicit MinutedMeeting(const QString &language)
    {
        file = createForum(folder.file(QStringLiteral("f.ogpforum")), QStringLiteral("Foro de Prueba"), language);
        Forum forum = Table<Forum>(*file).get(1);
        forum.timeZone = QStringLiteral("America/Santiago"); // a zone with daylight saving time
        Table<Forum>(*file).update(forum);
        const auto member = [&](const QString &name, const QString &sector) {
            Member m;
            m.name = name;
            m.sector = sector;
            m.organization = QStringLiteral("Org ") + name;
            Table<Member>(*file).create(m);
            return m;
        };
        const Member chair = member(QStringLiteral("Ana Gobierno"), QStringLiteral("government"));
        const Member juana = member(kMarkup, QStringLiteral("civil_society"));
        const Member wang = member(kChinese, QStringLiteral("academia"));
        meeting.title = QStringLiteral("Sesión ordinaria de enero");
        meeting.number = 7;
        meeting.startsAt = QDateTime(QDate(2027, 1, 14), QTime(9, 30), QTimeZone::utc());
        meeting.endsAt = QDateTime(QDate(2027, 1, 14), QTime(12, 0), QTimeZone::utc());
        meeting.place = QStringLiteral("Sala 3, Ministerio");
        meeting.chairMemberId = chair.id;
        meeting.chairName = chair.name;
        meeting.secretaryName = QStringLiteral("Luis Secretario");
        meeting.status = QStringLiteral("minutes_draft");
        Table<Meeting>(*file).create(meeting);
        next.title = QStringLiteral("Sesión de marzo");
        next.startsAt = QDateTime(QDate(2027, 3, 11), QTime(10, 0), QTimeZone::utc());
        next.endsAt = next.startsAt.addSecs(7200);
        Table<Meeting>(*file).create(next);
        for (const auto &[m, status] : {std::pair{chair, "present"}, {juana, "remote"}, {wang, "present"}}) {
            Attendance a;
            a.meetingId = meeting.id;
            a.memberId = m.id;
            a.name = m.name;
            a.sector = m.sector;
            a.organization = m.organization;
            a.status = QString::fromLatin1(status);
            Table<Attendance>(*file).create(a);
        }
        Attendance guest;
        guest.meetingId = meeting.id;
        guest.name = kArabic;
        guest.sector = QStringLiteral("private_sector");
        guest.guest = true;
        Table<Attendance>(*file).create(guest);
        int position = 0;
        for (const QString &title : {QStringLiteral("Apertura y quórum"), QStringLiteral("Avance del compromiso =SUM(A1)"),
                                     QStringLiteral("Varios")}) {
            AgendaItem item;
            item.meetingId = meeting.id;
            item.position = position++;
            item.title = title;
            item.presenter = chair.name;
            item.durationMinutes = 30;
            item.minutes = QStringLiteral("Se discutió el punto «%1».\nSegunda línea <i>sin marcado</i>.").arg(title);
            Table<AgendaItem>(*file).create(item);
        }
        Decision decision;
        decision.meetingId = meeting.id;
        decision.text = QStringLiteral("Aprobar el informe de medio término");
        decision.method = QStringLiteral("vote");
        decision.votesFor = 2;
        decision.votesAbstain = 1;
        Table<Decision>(*file).create(decision);
        Vote vote;
        vote.decisionId = decision.id;
        vote.memberId = wang.id;
        vote.name = kChinese;
        vote.choice = QStringLiteral("abstain");
        Table<Vote>(*file).create(vote);
        ActionItem action;
        action.meetingId = meeting.id;
        action.text = QStringLiteral("Enviar el informe a la AGA");
        action.owner = kMarkup;
        action.dueOn = QDate(2027, 2, 1);
        Table<ActionItem>(*file).create(action);
    }
};

// The text a reader sees in each format.
QString textOf(const QString &path, DocumentWriter::Format format)
{
    switch (format) {
    case DocumentWriter::Format::Pdf:
        return test::toolText(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    case DocumentWriter::Format::Odt: {
        const QString xml = test::toolText(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("content.xml")});
        QTextDocument doc;
        doc.setHtml(xml); // XML entities decoded, tags dropped
        return doc.toPlainText();
    }
    case DocumentWriter::Format::Html: {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        QTextDocument doc;
        doc.setHtml(QString::fromUtf8(file.readAll()));
        return doc.toPlainText();
    }
    case DocumentWriter::Format::Markdown: {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        QTextDocument doc;
        doc.setMarkdown(QString::fromUtf8(file.readAll()));
        return doc.toPlainText();
    }
    }
    return {};
}

// Text as a reader compares it: PDF extraction gives Arabic in its shaped presentation forms and
// wraps right-to-left runs in direction marks; both are undone before comparing.
QString collapsed(QString text)
{
    text = text.normalized(QString::NormalizationForm_KC);
    static const QString marks = QStringLiteral("\u200e\u200f\u202a\u202b\u202c\u202d\u202e");
    text.removeIf([](QChar c) { return marks.contains(c); });
    return text.simplified();
}

} // namespace

TEST_CASE("Minutes hold attendance, quorum, agenda, discussion, decisions and actions in every format", "[documents][minutes]")
{
    MinutedMeeting m(QStringLiteral("es"));
    const auto document = MinutesDocument::build(*m.file, m.meeting.id);
    using F = DocumentWriter::Format;
    for (const auto &[format, suffix] : {std::pair{F::Pdf, "pdf"}, {F::Odt, "odt"}, {F::Html, "html"}, {F::Markdown, "md"}}) {
        INFO(suffix);
        const QString path = m.folder.file(QStringLiteral("acta.") + QLatin1String(suffix));
        DocumentWriter::write(*document, path, format);
        const QString text = collapsed(textOf(path, format));
        INFO(text.left(3000).toStdString());
        CHECK(text.contains(QStringLiteral("Foro de Prueba")));
        CHECK(text.contains(QStringLiteral("Acta")));
        CHECK(text.contains(QStringLiteral("14 de enero de 2027")));
        CHECK(text.contains(QStringLiteral("Sala 3, Ministerio")));
        // Attendance by sector, in Spanish, with markup and other scripts as written.
        CHECK(text.contains(QStringLiteral("Gobierno")));
        CHECK(text.contains(QStringLiteral("Sociedad civil")));
        CHECK(text.contains(kMarkup));
        CHECK(text.contains(kChinese));
        CHECK(text.contains(kArabic));
        CHECK(text.contains(QStringLiteral("A distancia")));
        CHECK(text.contains(QStringLiteral("Quórum")));
        // Each attendee's role on the forum (members here are plain members).
        CHECK(text.contains(QStringLiteral("Función")));
        CHECK(text.contains(QStringLiteral("Miembro")));
        // Agenda and discussion.
        CHECK(text.contains(QStringLiteral("Avance del compromiso =SUM(A1)")));
        CHECK(text.contains(QStringLiteral("Segunda línea <i>sin marcado</i>.")));
        // Decisions with their result and named votes.
        CHECK(text.contains(QStringLiteral("Aprobar el informe de medio término")));
        CHECK(text.contains(QStringLiteral("Aprobada")));
        CHECK(text.contains(QStringLiteral("Abstención")));
        // Action items and the next meeting.
        CHECK(text.contains(QStringLiteral("Enviar el informe a la AGA")));
        CHECK(text.contains(QStringLiteral("1 feb 2027")));
        CHECK(text.contains(QStringLiteral("Sesión de marzo")));
        CHECK(text.contains(QStringLiteral("Luis Secretario")));
    }
}

TEST_CASE("Minutes follow the meeting's state: none while planned, a cancellation notice, DRAFT until approved, action items as approved", "[documents][minutes]")
{
    const test::FixedClock clock(QDateTime(QDate(2027, 6, 1), QTime(12, 0), QTimeZone::utc()));
    MinutedMeeting m(QStringLiteral("es"));
    Table<Meeting> meetings(*m.file);
    // Minutes in draft: DRAFT on the title, in the forum's language.
    QString text = MinutesDocument::build(*m.file, m.meeting.id)->toPlainText();
    CHECK(text.contains(QStringLiteral("BORRADOR — Acta — ")));
    // Three voting members, two required: "se requieren 2", and "se requiere 1" where one is.
    CHECK(text.contains(QStringLiteral("se requieren 2.")));
    // The agenda is numbered once, by the list itself.
    const QString markdown = DocumentBuilder::markdownOf(*MinutesDocument::build(*m.file, m.meeting.id));
    CHECK(markdown.contains(QStringLiteral("\n1. ")));
    CHECK_FALSE(markdown.contains(QStringLiteral("- 1. ")));
    CHECK(text.contains(QStringLiteral("Enviar el informe a la AGA")));

    // Approved at the next session (11 March 2027): no DRAFT; an action item closed after that day
    // shows as it stood when the minutes were approved.
    Meeting next = meetings.get(m.next.id);
    next.status = QStringLiteral("held");
    meetings.update(next);
    Meeting approved = meetings.get(m.meeting.id);
    approved.status = QStringLiteral("minutes_approved");
    approved.approvedAtMeetingId = next.id;
    meetings.update(approved);
    ActionItem action = Table<ActionItem>(*m.file).list().first();
    action.status = QStringLiteral("done");
    action.closedOn = QDate(2027, 4, 2);
    Table<ActionItem>(*m.file).update(action);
    text = MinutesDocument::build(*m.file, m.meeting.id)->toPlainText();
    CHECK_FALSE(text.contains(QStringLiteral("BORRADOR")));
    CHECK(text.contains(QStringLiteral("Vencida"))); // open, and past its 1 February deadline, on 11 March
    CHECK_FALSE(text.contains(QStringLiteral("Hecha")));
    action.closedOn = QDate(2027, 3, 1); // closed before the approval: done, as recorded then
    Table<ActionItem>(*m.file).update(action);
    CHECK(MinutesDocument::build(*m.file, m.meeting.id)->toPlainText().contains(QStringLiteral("Hecha")));

    // Planned: no minutes, and the refusal says why and what to do instead.
    Meeting planned = meetings.get(m.next.id);
    planned.status = QStringLiteral("planned");
    meetings.update(planned);
    CHECK(MinutesDocument::refusal(planned).contains(QStringLiteral("still planned")));
    try {
        MinutesDocument::build(*m.file, planned.id);
        FAIL("minutes were made for a planned meeting");
    } catch (const StorageError &e) {
        CHECK(e.kind() == StorageError::Kind::Validation);
        CHECK(e.message().contains(planned.title));
    }

    // Cancelled: a notice of cancellation, without attendance, quorum or signatures of a session.
    planned.status = QStringLiteral("cancelled");
    planned.notes = QStringLiteral("Se suspende por el paro de transporte.");
    meetings.update(planned);
    CHECK(MinutesDocument::refusal(planned).isEmpty());
    text = MinutesDocument::build(*m.file, planned.id)->toPlainText();
    CHECK(text.contains(QStringLiteral("Aviso de cancelación")));
    CHECK(text.contains(QStringLiteral("Se suspende por el paro de transporte.")));
    CHECK_FALSE(text.contains(QStringLiteral("Quórum")));
    CHECK_FALSE(text.contains(QStringLiteral("No hubo quórum")));
}

TEST_CASE("HTML and Markdown keep user text as text, never as markup", "[documents][security]")
{
    MinutedMeeting m(QStringLiteral("es"));
    const auto document = MinutesDocument::build(*m.file, m.meeting.id);
    const QString html = m.folder.file(QStringLiteral("acta.html"));
    DocumentWriter::write(*document, html, DocumentWriter::Format::Html);
    QFile file(html);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString source = QString::fromUtf8(file.readAll());
    CHECK_FALSE(source.contains(QStringLiteral("<b>Juana</b>")));
    CHECK(source.contains(QStringLiteral("&lt;b&gt;Juana&lt;/b&gt;")));
}

TEST_CASE("Documents follow the forum's language, not the interface's", "[documents][i18n]")
{
    MinutedMeeting english(QStringLiteral("en"));
    const QString text = MinutesDocument::build(*english.file, english.meeting.id)->toPlainText();
    CHECK(text.contains(QStringLiteral("Minutes of the Forum session no. 7")));
    CHECK(text.contains(QStringLiteral("14 January 2027")));
    CHECK(text.contains(QStringLiteral("Civil society")));
    MinutedMeeting spanish(QStringLiteral("es"));
    const QString texto = MinutesDocument::build(*spanish.file, spanish.meeting.id)->toPlainText();
    CHECK(texto.contains(QStringLiteral("Orden del día")));
    CHECK_FALSE(texto.contains(QStringLiteral("Agenda\n")));
}

TEST_CASE("The notice gives the agenda with its running times", "[documents][notice]")
{
    MinutedMeeting m(QStringLiteral("es"));
    const QString text = MeetingNotice::build(*m.file, m.meeting.id)->toPlainText();
    CHECK(text.contains(QStringLiteral("Convocatoria")));
    CHECK(text.contains(QStringLiteral("09:30")));
    CHECK(text.contains(QStringLiteral("10:00")));
    CHECK(text.contains(QStringLiteral("10:30")));
    CHECK(text.contains(QStringLiteral("Avance del compromiso =SUM(A1)")));
    // The next meeting's notice lists this meeting's open action items as matters arising.
    const QString next = MeetingNotice::build(*m.file, m.next.id)->toPlainText();
    CHECK(next.contains(QStringLiteral("Enviar el informe a la AGA")));
    CHECK_FALSE(text.contains(QStringLiteral("Confirme su asistencia")));
    // The date it was sent, whom to answer and where the documents are, once the forum records them.
    Forum forum = Table<Forum>(*m.file).get(1);
    forum.pocName = QStringLiteral("Luis Secretario");
    forum.pocEmail = QStringLiteral("foro@gobiernoabierto.example");
    forum.repositoryUrl = QStringLiteral("https://gobiernoabierto.example/documentos");
    Table<Forum>(*m.file).update(forum);
    Meeting sent = Table<Meeting>(*m.file).get(m.next.id);
    sent.noticeSentOn = QDate(2027, 2, 25);
    Table<Meeting>(*m.file).update(sent);
    const QString full = MeetingNotice::build(*m.file, m.next.id)->toPlainText();
    CHECK(full.contains(QStringLiteral("25 de febrero de 2027")));
    // Due on 1 February, still open when the notice went out on 25 February: overdue, not merely open.
    CHECK(full.contains(QStringLiteral("Vencida")));
    CHECK_FALSE(full.contains(QStringLiteral("Abierta")));
    sent.noticeSentOn = QDate(2027, 1, 20);
    Table<Meeting>(*m.file).update(sent);
    CHECK(MeetingNotice::build(*m.file, m.next.id)->toPlainText().contains(QStringLiteral("Abierta")));
    CHECK(full.contains(QStringLiteral("Luis Secretario (foro@gobiernoabierto.example)")));
    CHECK(full.contains(QStringLiteral("https://gobiernoabierto.example/documentos")));
}

TEST_CASE("The invitation is an iCalendar file that calendar programs read", "[documents][ics]")
{
    MinutedMeeting m(QStringLiteral("es"));
    const QString path = m.folder.file(QStringLiteral("invitacion.ics"));
    const QByteArray ics = IcsCalendar::build(*m.file, {m.meeting.id});
    DocumentWriter::writeBytes(ics, path);
    CHECK(ics.contains("\r\n"));
    for (const QByteArray &line : ics.split('\n'))
        CHECK(line.size() <= 76); // 75 octets and the CR
    // The same meeting keeps its UID in every export.
    CHECK(IcsCalendar::build(*m.file, {m.meeting.id}).contains((QStringLiteral("UID:") + m.meeting.uid).toUtf8()));
    const QString script = QStringLiteral(
        "import icalendar, sys\n"
        "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
        "for e in cal.walk('VEVENT'):\n"
        "    s, t = e.decoded('DTSTART'), e.decoded('DTEND')\n"
        "    print(e['UID']); print(s.isoformat()); print(t.isoformat()); print(s.utcoffset())\n"
        "    print(e['LOCATION']); print(e['DESCRIPTION'])\n");
    const QStringList out = test::toolText(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, path}).split(QLatin1Char('\n'));
    REQUIRE(out.size() >= 6);
    CHECK(out.at(0) == m.meeting.uid + QStringLiteral("@forumdesk"));
    // January is summer in Santiago: UTC-3 under daylight saving time.
    CHECK(out.at(1) == QStringLiteral("2027-01-14T09:30:00-03:00"));
    CHECK(out.at(2) == QStringLiteral("2027-01-14T12:00:00-03:00"));
    CHECK(out.at(4) == QStringLiteral("Sala 3, Ministerio"));
    const QString description = out.mid(5).join(QLatin1Char('\n'));
    CHECK(description.contains(QStringLiteral("1. Apertura y quórum (Ana Gobierno)")));
    CHECK(description.contains(QStringLiteral("2. Avance del compromiso =SUM(A1)")));
}

TEST_CASE("A document that cannot be written says so and leaves no half file", "[documents]")
{
    MinutedMeeting m(QStringLiteral("es"));
    const auto document = MinutesDocument::build(*m.file, m.meeting.id);
    CHECK_THROWS_WITH(DocumentWriter::write(*document, m.folder.file(QStringLiteral("no/folder/acta.pdf")),
                                            DocumentWriter::Format::Pdf),
                      Catch::Contains("the folder does not exist"));
    CHECK_THROWS_WITH(DocumentWriter::write(*document, m.folder.path(), DocumentWriter::Format::Pdf),
                      Catch::Contains("it is a folder"));
}
