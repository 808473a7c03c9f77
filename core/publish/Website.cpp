// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/publish/Website.h"

#include "core/cocreation/Contribution.h"
#include "core/cocreation/ContributorName.h"
#include "core/compliance/ComplianceReportDocument.h"
#include "core/documents/DocumentBuilder.h"
#include "core/documents/DocumentLanguage.h"
#include "core/documents/DocumentWriter.h"
#include "core/evaluation/Assessment.h"
#include "core/evaluation/SelfAssessmentReport.h"
#include "core/exchange/OpenData.h"
#include "core/forum/Forum.h"
#include "core/forum/ForumClock.h"
#include "core/forum/Member.h"
#include "core/forum/VocabularyKeys.h"
#include "core/implementation/ProgressReportDocument.h"
#include "core/implementation/ProgressTracking.h"
#include "core/implementation/ProgressUpdate.h"
#include "core/meetings/AgendaItem.h"
#include "core/meetings/Decision.h"
#include "core/meetings/IcsCalendar.h"
#include "core/meetings/Meeting.h"
#include "core/meetings/MinutesDocument.h"
#include "core/plans/ActionPlan.h"
#include "core/plans/Commitment.h"
#include "core/plans/Milestone.h"
#include "core/plans/PlanDraftDocument.h"
#include "core/storage/Database.h"
#include "core/storage/ForumFile.h"
#include "core/storage/StorageError.h"
#include "core/storage/Table.h"

#include <QCryptographicHash>
#include <algorithm>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTimeZone>

#include <map>

namespace forumdesk {

namespace {

constexpr const char *kContext = "Website";

QString xmlText(const QString &text);

// Text as HTML: escaped, without the control characters HTML does not allow.
QString h(const QString &text)
{
    return xmlText(text);
}

// Text typed in a field as paragraphs: blank lines part paragraphs, single line breaks stay.
QString paragraphs(const QString &text)
{
    QString out;
    const QStringList parts = text.trimmed().split(QRegularExpression(QStringLiteral("\\n\\s*\\n")), Qt::SkipEmptyParts);
    for (const QString &part : parts)
        out += QStringLiteral("<p>%1</p>\n").arg(h(part.trimmed()).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    return out;
}

// Only web and mail addresses become links; anything else (a file path on someone's computer,
// "javascript:") stays text.
bool isWebAddress(const QString &text)
{
    const QString t = text.trimmed();
    return !t.contains(QLatin1Char(' ')) && !t.contains(QLatin1Char('\n'))
        && (t.startsWith(QLatin1String("https://"), Qt::CaseInsensitive) || t.startsWith(QLatin1String("http://"), Qt::CaseInsensitive));
}

QString linkOrText(const QString &text)
{
    if (isWebAddress(text))
        return QStringLiteral("<a href=\"%1\">%1</a>").arg(h(text.trimmed()));
    return h(text);
}

// A record's uid as a file name: a UUID as it is; anything else a file could hold (a hostile one)
// as a hash of it, so that no uid can make a path of its own.
QString fileId(const QString &uid)
{
    static const QRegularExpression uuid(QStringLiteral("^[0-9A-Fa-f-]{36}$"));
    if (uuid.match(uid).hasMatch())
        return uid;
    return QStringLiteral("x") + QString::fromLatin1(QCryptographicHash::hash(uid.toUtf8(), QCryptographicHash::Sha256).toHex().left(35));
}

// Text for XML: escaped, without the control characters XML does not allow.
QString xmlText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text)
        if (ch.unicode() >= 0x20 || ch == QLatin1Char('\t') || ch == QLatin1Char('\n') || ch == QLatin1Char('\r'))
            out += ch;
    return out.toHtmlEscaped();
}

QByteArray sha(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

struct NewsItem {
    QDate date;
    QString text;
    QString url; // from the site's root
};

class SiteBuilder {
public:
    SiteBuilder(ForumFile &file, const WebsiteOptions &options)
        : m_file(file), m_options(options), m_forum(Table<Forum>(file).get(1)),
          m_lang(options.language.isEmpty() ? m_forum.language : options.language),
          m_clock(m_forum.timeZone)
    {
        m_today = options.today.isValid() ? options.today : m_clock.today();
        m_licenceTitle = OpenData::requireLicence(options.licenceId).title;
    }

    Website build()
    {
        ReadTransaction snapshot(m_file.database());
        loadRecords();
        m_site.lastUpdated = lastUpdated();
        meetingPages();
        planPages();
        commitmentPages();
        contributionPages();
        documentsPage();
        dataPages();
        homePage();
        feed();
        searchPages();
        addText(QStringLiteral("style.css"), styleSheet());
        return std::move(m_site);
    }

private:
    void checkStop() const
    {
        if (m_options.stopRequested && m_options.stopRequested())
            throw WebsiteStopped{};
    }

    QString t(const char *source) const { return m_lang.text(kContext, source); }
    QString n(const char *source, int count) const { return m_lang.text(kContext, source, count); }
    QString label(Vocabulary::List list, const QString &key) const { return m_lang.label(list, key); }
    QString date(const QDate &d) const { return m_lang.longDate(d); }
    QString shortDate(const QDate &d) const { return m_lang.shortDate(d); }
    // A date in a table cell or a list: kept on one line, with its machine-readable form.
    QString dateCell(const QDate &d) const
    {
        return d.isValid() ? QStringLiteral("<time datetime=\"%1\">%2</time>").arg(formatDate(d), h(shortDate(d))) : QString();
    }

    bool minutesPublic(const Meeting &m) const
    {
        return m.status == key::MeetingStatus::MinutesApproved || m.status == key::MeetingStatus::Published;
    }

    void loadRecords()
    {
        m_plans = Table<ActionPlan>(m_file).list({}, {}, QStringLiteral("period_start, id"));
        m_meetings = Table<Meeting>(m_file).list({}, {}, QStringLiteral("starts_at, id"));
        m_commitments = Table<Commitment>(m_file).list({}, {}, QStringLiteral("plan_id, number COLLATE NAME, id"));
        for (const ActionPlan &p : m_plans)
            m_planById.insert(p.id, p);
        for (const Commitment &c : m_commitments)
            m_commitmentById.insert(c.id, c);
        for (const Meeting &m : m_meetings)
            m_meetingById.insert(m.id, m);
        // The plan the forum works on now: the latest one not closed, else the latest.
        for (auto it = m_plans.crbegin(); it != m_plans.crend(); ++it)
            if (it->stage != key::PlanStage::Closed) {
                m_currentPlanId = it->id;
                break;
            }
        if (m_currentPlanId == 0 && !m_plans.isEmpty())
            m_currentPlanId = m_plans.last().id;
        for (const ActionPlan &p : m_plans) {
            const QList<CommitmentProgress> progress = ProgressTracking::forPlan(m_file, p.id, m_today);
            for (const CommitmentProgress &cp : progress)
                m_progress.insert(cp.commitmentId, cp);
            double sum = 0;
            for (const CommitmentProgress &cp : progress)
                sum += cp.percent;
            m_planPercent.insert(p.id, progress.isEmpty() ? 0 : sum / progress.size());
        }
    }

    QDate lastUpdated() const
    {
        const QString latest = m_file.database().scalar(QStringLiteral(
            "SELECT max(m) FROM (SELECT max(updated_at) AS m FROM forum UNION ALL SELECT max(updated_at) FROM member "
            "UNION ALL SELECT max(updated_at) FROM action_plan UNION ALL SELECT max(updated_at) FROM commitment "
            "UNION ALL SELECT max(updated_at) FROM milestone UNION ALL SELECT max(updated_at) FROM progress_update "
            "UNION ALL SELECT max(updated_at) FROM meeting UNION ALL SELECT max(updated_at) FROM agenda_item "
            "UNION ALL SELECT max(updated_at) FROM decision UNION ALL SELECT max(updated_at) FROM contribution "
            "UNION ALL SELECT max(updated_at) FROM assessment UNION ALL SELECT max(updated_at) FROM attendance "
            "UNION ALL SELECT max(updated_at) FROM vote UNION ALL SELECT max(updated_at) FROM action_item "
            "UNION ALL SELECT max(updated_at) FROM contribution_commitment%1)")
            .arg(m_file.schemaVersion() >= 4 ? QStringLiteral(" UNION ALL SELECT max(removed_at) FROM tombstone") : QString())).toString();
        const QDateTime utc = parseTimestamp(latest);
        return utc.isValid() ? utc.toTimeZone(m_clock.zone()).date() : m_today;
    }

    // --- files ---

    void addText(const QString &path, const QString &text) { m_site.files.append({path, text.toUtf8(), {}, nullptr}); }
    void addBytes(const QString &path, const QByteArray &bytes) { m_site.files.append({path, bytes, {}, nullptr}); }

    static QByteArray render(const QTextDocument &document, DocumentWriter::Format format)
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(format == DocumentWriter::Format::Pdf ? QStringLiteral("d.pdf") : QStringLiteral("d.html"));
        DocumentWriter::write(document, path, format);
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            throw StorageError(StorageError::Kind::Io, f.errorString());
        return f.readAll();
    }

    // A document as HTML (made now) and, when `pdf`, as PDF (made when publishing finds it changed).
    // False when the records cannot have the document yet (a state it does not exist in).
    bool addDocument(const QString &basePath, const std::function<std::unique_ptr<QTextDocument>()> &build, bool html, bool pdf)
    {
        std::unique_ptr<QTextDocument> document;
        try {
            document = build();
        } catch (const StorageError &) {
            return false;
        }
        if (html)
            addBytes(basePath + QStringLiteral(".html"), render(*document, DocumentWriter::Format::Html));
        if (pdf) {
            SiteFile f;
            f.path = basePath + QStringLiteral(".pdf");
            f.sourceKey = sha(document->toHtml().toUtf8() + m_lang.code().toUtf8());
            f.make = [build]() { return render(*build(), DocumentWriter::Format::Pdf); };
            m_site.files.append(f);
        }
        return true;
    }

    // --- page frame ---

    enum class Section { Home, Meetings, Plans, Documents, Data, Search };

    QString page(const QString &path, Section section, const QString &title, const QString &body) const
    {
        const QString root = path.contains(QLatin1Char('/')) ? QStringLiteral("../") : QString();
        struct NavItem {
            Section section;
            const char *label;
            const char *href;
        };
        static const NavItem nav[] = {
            {Section::Home, QT_TRANSLATE_NOOP("Website", "Home"), "index.html"},
            {Section::Meetings, QT_TRANSLATE_NOOP("Website", "Meetings"), "meetings/index.html"},
            {Section::Plans, QT_TRANSLATE_NOOP("Website", "Action plans"), "plans/index.html"},
            {Section::Documents, QT_TRANSLATE_NOOP("Website", "Documents"), "documents/index.html"},
            {Section::Data, QT_TRANSLATE_NOOP("Website", "Open data"), "data/index.html"},
            {Section::Search, QT_TRANSLATE_NOOP("Website", "Search"), "search.html"},
        };
        QString items;
        for (const NavItem &item : nav) {
            const bool current = item.section == section;
            items += QStringLiteral("<li><a href=\"%1%2\"%3>%4</a></li>")
                         .arg(root, QString::fromLatin1(item.href),
                              current ? QStringLiteral(" aria-current=\"page\"") : QString(), h(t(item.label)));
        }
        const QString fullTitle = title == m_forum.name ? title : title + QStringLiteral(" — ") + m_forum.name;
        return QStringLiteral(
                   "<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                   "<title>%2</title>\n<link rel=\"stylesheet\" href=\"%3style.css\">\n"
                   "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"%3feed.atom\" title=\"%4\">\n"
                   "</head>\n<body>\n<a class=\"skip\" href=\"#main\">%5</a>\n"
                   "<header class=\"site\">\n<p class=\"forum\"><a href=\"%3index.html\">%6</a></p>\n"
                   "<nav aria-label=\"%7\"><ul>%8</ul></nav>\n</header>\n"
                   "<main id=\"main\">\n<h1>%9</h1>\n%10</main>\n"
                   "<footer>\n<p>%11</p>\n</footer>\n</body>\n</html>\n")
            .arg(m_lang.code(), h(fullTitle), root, h(t(QT_TRANSLATE_NOOP("Website", "New documents"))),
                 h(t(QT_TRANSLATE_NOOP("Website", "Skip to content"))), h(m_forum.name),
                 h(t(QT_TRANSLATE_NOOP("Website", "Sections"))), items, h(title), body,
                 h(t(QT_TRANSLATE_NOOP("Website", "Last updated %1. Published with Forum Desk. Open data under the licence %2.")))
                     .arg(h(date(m_site.lastUpdated)), h(m_licenceTitle)));
    }

    void addPage(const QString &path, Section section, const QString &title, const QString &body, const QString &searchText = {},
                 const QString &kind = {})
    {
        addText(path, page(path, section, title, body));
        if (!searchText.isNull())
            m_search.append(QJsonObject{{QStringLiteral("t"), title},
                                        {QStringLiteral("u"), path},
                                        {QStringLiteral("k"), kind.isEmpty() ? sectionName(section) : kind},
                                        {QStringLiteral("x"), searchText.simplified().left(600)}});
    }

    QString sectionName(Section section) const
    {
        switch (section) {
        case Section::Meetings: return t(QT_TRANSLATE_NOOP("Website", "Meeting"));
        case Section::Plans: return t(QT_TRANSLATE_NOOP("Website", "Action plan"));
        case Section::Documents: return t(QT_TRANSLATE_NOOP("Website", "Document"));
        default: return t(QT_TRANSLATE_NOOP("Website", "Page"));
        }
    }

    static QString table(const QStringList &headers, const QList<QStringList> &rows, const QString &caption = {},
                         const QString &cssClass = {})
    {
        QString out = cssClass.isEmpty() ? QStringLiteral("<div class=\"table-wrap\"><table>\n")
                                         : QStringLiteral("<div class=\"table-wrap\"><table class=\"%1\">\n").arg(cssClass);
        if (!caption.isEmpty())
            out += QStringLiteral("<caption>%1</caption>\n").arg(h(caption));
        out += QStringLiteral("<thead><tr>");
        for (const QString &header : headers)
            out += QStringLiteral("<th scope=\"col\">%1</th>").arg(h(header));
        out += QStringLiteral("</tr></thead>\n<tbody>\n");
        for (const QStringList &row : rows) {
            out += QStringLiteral("<tr>");
            for (const QString &cell : row)
                out += QStringLiteral("<td>%1</td>").arg(cell); // cells are HTML already escaped
            out += QStringLiteral("</tr>\n");
        }
        return out + QStringLiteral("</tbody>\n</table></div>\n");
    }

    static QString dl(const QList<std::pair<QString, QString>> &items)
    {
        QString out = QStringLiteral("<dl class=\"facts\">\n");
        for (const auto &item : items)
            if (!item.second.isEmpty())
                out += QStringLiteral("<dt>%1</dt><dd>%2</dd>\n").arg(h(item.first), item.second);
        return out + QStringLiteral("</dl>\n");
    }

    QString meetingUrl(const Meeting &m) const { return QStringLiteral("meetings/%1.html").arg(fileId(m.uid)); }
    QString planUrl(const ActionPlan &p) const { return QStringLiteral("plans/%1.html").arg(fileId(p.uid)); }
    QString commitmentUrl(const Commitment &c) const { return QStringLiteral("commitments/%1.html").arg(fileId(c.uid)); }
    QString contributionsUrl(const ActionPlan &p) const { return QStringLiteral("plans/%1-contributions.html").arg(fileId(p.uid)); }

    QString when(const Meeting &m) const
    {
        return QStringLiteral("%1, %2–%3").arg(date(m.startsAt.date()), m_lang.time(m.startsAt), m_lang.time(m.endsAt));
    }

    QString percent(double value) const { return m_lang.locale().toString(qRound(value)) + QStringLiteral(" %"); }

    // --- meetings ---

    void meetingPages()
    {
        QList<QStringList> coming, past;
        QString pastHtml;
        int year = 0;
        QList<QStringList> yearRows;
        const QStringList pastHeaders{t(QT_TRANSLATE_NOOP("Website", "Date")), t(QT_TRANSLATE_NOOP("Website", "Session")),
                                      t(QT_TRANSLATE_NOOP("Website", "Kind")), t(QT_TRANSLATE_NOOP("Website", "Minutes"))};
        auto flushYear = [&]() {
            if (yearRows.isEmpty())
                return;
            std::reverse(yearRows.begin(), yearRows.end()); // newest first, as the years
            pastHtml.prepend(QStringLiteral("<h3>%1</h3>\n").arg(year) + table(pastHeaders, yearRows, {}, QStringLiteral("sessions")));
            yearRows.clear();
        };
        for (const Meeting &m : std::as_const(m_meetings)) {
            const bool isComing = m.startsAt.date() >= m_today && m.status == key::MeetingStatus::Planned;
            const QString titleLink = QStringLiteral("<a href=\"%1.html\">%2</a>").arg(fileId(m.uid), h(m.title));
            if (isComing) {
                coming << QStringList{h(when(m)), titleLink, h(label(Vocabulary::List::MeetingKind, m.kind)),
                                      h(m.place.isEmpty() ? (m.link.isEmpty() ? QString() : t(QT_TRANSLATE_NOOP("Website", "Online"))) : m.place)};
            } else {
                if (m.startsAt.date().year() != year) {
                    flushYear();
                    year = m.startsAt.date().year();
                }
                QString minutes;
                if (minutesPublic(m))
                    minutes = QStringLiteral("<span class=\"nowrap\"><a href=\"%1-minutes.html\">%2</a> · <a href=\"%1-minutes.pdf\">PDF</a></span>")
                                  .arg(fileId(m.uid), h(t(QT_TRANSLATE_NOOP("Website", "Minutes"))));
                else
                    minutes = h(label(Vocabulary::List::MeetingStatus, m.status));
                yearRows << QStringList{dateCell(m.startsAt.date()), titleLink, h(label(Vocabulary::List::MeetingKind, m.kind)), minutes};
            }
            meetingPage(m, isComing);
        }
        flushYear();
        QString body;
        body += QStringLiteral("<p><a href=\"upcoming.ics\">%1</a></p>\n")
                    .arg(h(t(QT_TRANSLATE_NOOP("Website", "Add the coming sessions to your calendar (.ics)"))));
        body += QStringLiteral("<h2>%1</h2>\n").arg(h(t(QT_TRANSLATE_NOOP("Website", "Coming sessions"))));
        body += coming.isEmpty() ? QStringLiteral("<p>%1</p>\n").arg(h(t(QT_TRANSLATE_NOOP("Website", "No session is scheduled yet."))))
                                 : table({t(QT_TRANSLATE_NOOP("Website", "When")), t(QT_TRANSLATE_NOOP("Website", "Session")),
                                          t(QT_TRANSLATE_NOOP("Website", "Kind")), t(QT_TRANSLATE_NOOP("Website", "Where"))},
                                         coming);
        body += QStringLiteral("<h2>%1</h2>\n").arg(h(t(QT_TRANSLATE_NOOP("Website", "Past sessions"))));
        body += pastHtml.isEmpty() ? QStringLiteral("<p>%1</p>\n").arg(h(t(QT_TRANSLATE_NOOP("Website", "None yet.")))) : pastHtml;
        addPage(QStringLiteral("meetings/index.html"), Section::Meetings, t(QT_TRANSLATE_NOOP("Website", "Meetings")), body);
        addBytes(QStringLiteral("meetings/upcoming.ics"), IcsCalendar::build(m_file, IcsCalendar::upcoming(m_file, m_today)));
    }

    void meetingPage(const Meeting &m, bool isComing)
    {
        checkStop();
        const QString base = QStringLiteral("meetings/") + fileId(m.uid);
        QString body;
        QString place = h(m.place);
        // An online meeting's link (which may carry its passcode) only while the session is to come.
        if (isComing && isWebAddress(m.link))
            place += (place.isEmpty() ? QString() : QStringLiteral("<br>")) + linkOrText(m.link);
        QString plan;
        if (m.planId && m_planById.contains(m.planId))
            plan = QStringLiteral("<a href=\"../%1\">%2</a>").arg(planUrl(m_planById.value(m.planId)), h(m_planById.value(m.planId).title));
        body += dl({{t(QT_TRANSLATE_NOOP("Website", "Kind")), h(label(Vocabulary::List::MeetingKind, m.kind))},
                    {t(QT_TRANSLATE_NOOP("Website", "When")), h(when(m)) + QStringLiteral(" <span class=\"zone\">(%1)</span>").arg(h(m_forum.timeZone))},
                    {t(QT_TRANSLATE_NOOP("Website", "Where")), place},
                    {t(QT_TRANSLATE_NOOP("Website", "Status")), h(label(Vocabulary::List::MeetingStatus, m.status))},
                    {t(QT_TRANSLATE_NOOP("Website", "Action plan")), plan},
                    {t(QT_TRANSLATE_NOOP("Website", "Notice sent")), h(date(m.noticeSentOn))},
                    {t(QT_TRANSLATE_NOOP("Website", "Minutes published")), h(date(m.publishedOn))}});
        // The notice: of a coming session, and of a past one as the evidence of its advance notice.
        const bool notice = m.status != key::MeetingStatus::Cancelled && (isComing || m.noticeSentOn.isValid());
        if (notice && addDocument(base + QStringLiteral("-notice"), [&file = m_file, id = m.id]() { return MeetingNotice::build(file, id); }, true, false))
            body += QStringLiteral("<p><a href=\"%1-notice.html\">%2</a></p>\n").arg(fileId(m.uid), h(t(QT_TRANSLATE_NOOP("Website", "Read the notice"))));

        const QList<AgendaItem> items = Table<AgendaItem>(m_file).list(QStringLiteral("meeting_id = ?"), {m.id}, QStringLiteral("position, id"));
        QString searchText = m.title + QLatin1Char(' ') + m.place;
        if (!items.isEmpty()) {
            body += QStringLiteral("<h2>%1</h2>\n<ol class=\"agenda\">\n").arg(h(t(QT_TRANSLATE_NOOP("Website", "Agenda"))));
            for (const AgendaItem &item : items) {
                body += QStringLiteral("<li>%1").arg(h(item.title));
                if (!item.presenter.isEmpty())
                    body += QStringLiteral(" <span class=\"by\">— %1</span>").arg(h(item.presenter));
                body += QStringLiteral("</li>\n");
                searchText += QLatin1Char(' ') + item.title;
            }
            body += QStringLiteral("</ol>\n");
        }
        if (minutesPublic(m) && addDocument(base + QStringLiteral("-minutes"), [&file = m_file, id = m.id]() { return MinutesDocument::build(file, id); }, true, true)) {
            if (!m.publishedOn.isValid())
                m_site.minutesToRecord << m.id;
            body += QStringLiteral("<h2>%1</h2>\n").arg(h(t(QT_TRANSLATE_NOOP("Website", "Minutes"))));
            body += QStringLiteral("<p><a href=\"%1-minutes.html\">%2</a> · <a href=\"%1-minutes.pdf\">%3</a></p>\n")
                        .arg(fileId(m.uid), h(t(QT_TRANSLATE_NOOP("Website", "Read the minutes"))), h(t(QT_TRANSLATE_NOOP("Website", "Minutes (PDF)"))));
            const QList<Decision> decisions = Table<Decision>(m_file).list(QStringLiteral("meeting_id = ?"), {m.id}, QStringLiteral("id"));
            if (!decisions.isEmpty()) {
                body += QStringLiteral("<h3>%1</h3>\n<ul class=\"decisions\">\n").arg(h(t(QT_TRANSLATE_NOOP("Website", "Decisions"))));
                for (const Decision &d : decisions) {
                    QString outcome = label(Vocabulary::List::DecisionOutcome, d.outcome);
                    if (d.method == key::DecisionMethod::Vote)
                        outcome += QStringLiteral(" (%1)").arg(t(QT_TRANSLATE_NOOP("Website", "for %1, against %2, abstentions %3"))
                                                                   .arg(d.votesFor).arg(d.votesAgainst).arg(d.votesAbstain));
                    body += QStringLiteral("<li>%1 <span class=\"outcome\">%2</span></li>\n").arg(h(d.text), h(outcome));
                    searchText += QLatin1Char(' ') + d.text;
                }
                body += QStringLiteral("</ul>\n");
            }
            m_documents.append({m.publishedOn.isValid() ? m.publishedOn : m.startsAt.date(),
                                DocumentBuilder::fieldLabel(m_lang, t(QT_TRANSLATE_NOOP("Website", "Minutes"))) + QLatin1Char(' ') + m.title,
                                base + QStringLiteral("-minutes.html"), base + QStringLiteral("-minutes.pdf"), fileId(m.uid) + QStringLiteral("/minutes")});
        }
        addPage(base + QStringLiteral(".html"), Section::Meetings, m.title, body, searchText);
    }

    // --- plans and commitments ---

    void planPages()
    {
        QList<QStringList> rows;
        for (const ActionPlan &p : std::as_const(m_plans)) {
            int count = 0;
            for (const Commitment &c : std::as_const(m_commitments))
                count += c.planId == p.id ? 1 : 0;
            rows << QStringList{QStringLiteral("<a href=\"%1.html\">%2</a>").arg(fileId(p.uid), h(p.title)),
                                h(QStringLiteral("%1 – %2").arg(shortDate(p.periodStart), shortDate(p.periodEnd))),
                                h(label(Vocabulary::List::PlanStage, p.stage)), h(m_lang.locale().toString(count)),
                                h(percent(m_planPercent.value(p.id)))};
            planPage(p);
        }
        const QString body = rows.isEmpty()
            ? QStringLiteral("<p>%1</p>\n").arg(h(t(QT_TRANSLATE_NOOP("Website", "None yet."))))
            : table({t(QT_TRANSLATE_NOOP("Website", "Action plan")), t(QT_TRANSLATE_NOOP("Website", "Period")),
                     t(QT_TRANSLATE_NOOP("Website", "Stage")), t(QT_TRANSLATE_NOOP("Website", "Commitments")),
                     t(QT_TRANSLATE_NOOP("Website", "Progress"))},
                    rows);
        addPage(QStringLiteral("plans/index.html"), Section::Plans, t(QT_TRANSLATE_NOOP("Website", "Action plans")), body);
    }

    void planPage(const ActionPlan &p)
    {
        checkStop();
        const QString base = QStringLiteral("plans/") + fileId(p.uid);
        QString body;
        body += dl({{t(QT_TRANSLATE_NOOP("Website", "Period")), h(QStringLiteral("%1 – %2").arg(date(p.periodStart), date(p.periodEnd)))},
                    {t(QT_TRANSLATE_NOOP("Website", "Stage")), h(label(Vocabulary::List::PlanStage, p.stage))},
                    {t(QT_TRANSLATE_NOOP("Website", "Submitted to OGP")), h(date(p.submittedOn))},
                    {t(QT_TRANSLATE_NOOP("Website", "Progress")), h(percent(m_planPercent.value(p.id)))}});
        body += paragraphs(p.introduction);
        QList<QStringList> rows;
        for (const Commitment &c : std::as_const(m_commitments)) {
            if (c.planId != p.id)
                continue;
            const CommitmentProgress cp = m_progress.value(c.id);
            rows << QStringList{h(c.number), QStringLiteral("<a href=\"../%1\">%2</a>").arg(commitmentUrl(c), h(c.title)), h(c.leadAgency),
                                h(percent(cp.percent)),
                                h(cp.level.isEmpty() ? QString() : label(Vocabulary::List::Completion, cp.level))};
        }
        body += QStringLiteral("<h2>%1</h2>\n").arg(h(t(QT_TRANSLATE_NOOP("Website", "Commitments"))));
        body += rows.isEmpty() ? QStringLiteral("<p>%1</p>\n").arg(h(t(QT_TRANSLATE_NOOP("Website", "None yet."))))
                               : table({QStringLiteral("#"), t(QT_TRANSLATE_NOOP("Website", "Commitment")),
                                        t(QT_TRANSLATE_NOOP("Website", "Lead agency")), t(QT_TRANSLATE_NOOP("Website", "Progress")),
                                        t(QT_TRANSLATE_NOOP("Website", "Completion"))},
                                       rows);
        // Charts.
        if (m_options.charts && p.stage != key::PlanStage::CoCreate) {
            const QList<WebFigure> figures = m_options.charts(m_file, p.id, m_lang.code());
            if (!figures.isEmpty())
                body += QStringLiteral("<h2>%1</h2>\n").arg(h(t(QT_TRANSLATE_NOOP("Website", "Charts"))));
            for (const WebFigure &figure : figures) {
                const QString svg = QStringLiteral("%1-%2.svg").arg(fileId(p.uid), figure.name);
                addBytes(QStringLiteral("plans/") + svg, figure.svg);
                body += QStringLiteral("<figure>\n<img src=\"%1\" alt=\"%2\" width=\"640\" height=\"400\">\n<figcaption>%3</figcaption>\n</figure>\n")
                            .arg(svg, h(figure.title + QStringLiteral(". ") + figure.description), h(figure.title + QStringLiteral(". ") + figure.description));
            }
        }
        // Documents.
        QStringList links;
        auto document = [&](const QString &suffix, const char *name, const std::function<std::unique_ptr<QTextDocument>()> &build, bool html) {
            if (!addDocument(base + suffix, build, html, true))
                return;
            const QString title = t(name);
            QString link = QStringLiteral("<li>%1 ").arg(h(DocumentBuilder::fieldLabel(m_lang, title)));
            if (html)
                link += QStringLiteral("<a href=\"%1%2.html\">HTML</a> · ").arg(fileId(p.uid), suffix);
            link += QStringLiteral("<a href=\"%1%2.pdf\">PDF</a></li>").arg(fileId(p.uid), suffix);
            links << link;
            m_documents.append({p.submittedOn.isValid() ? p.submittedOn : p.periodStart, DocumentBuilder::fieldLabel(m_lang, title) + QLatin1Char(' ') + p.title,
                                html ? base + suffix + QStringLiteral(".html") : QString(), base + suffix + QStringLiteral(".pdf"),
                                fileId(p.uid) + suffix});
        };
        const qint64 id = p.id;
        document(QStringLiteral("-plan"), QT_TRANSLATE_NOOP("Website", "The action plan on OGP's template"),
                 [&file = m_file, id]() { return PlanDraftDocument::build(file, id); }, false);
        if (p.stage != key::PlanStage::CoCreate) {
            const QDate today = m_today;
            document(QStringLiteral("-progress"), QT_TRANSLATE_NOOP("Website", "Progress report"), [&file = m_file, id, today, figures = m_options.reportFigures, language = m_lang.code()]() {
                return ProgressReportDocument::build(file, id, today, figures ? figures(file, id, language) : QList<ReportFigure>{});
            }, false);
        }
        if (p.stage == key::PlanStage::Evaluate || p.stage == key::PlanStage::Learn || p.stage == key::PlanStage::Closed)
            document(QStringLiteral("-self-assessment"), QT_TRANSLATE_NOOP("Website", "End-of-term self-assessment"),
                     [&file = m_file, id]() { return SelfAssessmentReport::build(file, id); }, false);
        if (p.id == m_currentPlanId) {
            const QDate today = m_today;
            document(QStringLiteral("-standards"), QT_TRANSLATE_NOOP("Website", "OGP Participation and Co-Creation Standards: check"),
                     [&file = m_file, id, today]() { return ComplianceReportDocument::build(file, id, today); }, true);
        }
        const int contributions = m_file.database().scalar(QStringLiteral("SELECT count(*) FROM contribution WHERE plan_id = ?"), {p.id}).toInt();
        if (contributions > 0)
            document(QStringLiteral("-responses"), QT_TRANSLATE_NOOP("Website", "Reasoned responses to contributions"),
                     [&file = m_file, id]() { return ResponseReport::build(file, id); }, false);
        body += QStringLiteral("<h2>%1</h2>\n<ul>\n%2</ul>\n").arg(h(t(QT_TRANSLATE_NOOP("Website", "Documents"))), links.join(QLatin1Char('\n')));
        if (contributions > 0)
            body += QStringLiteral("<p><a href=\"%1-contributions.html\">%2</a></p>\n")
                        .arg(fileId(p.uid), h(n(QT_TRANSLATE_N_NOOP("Website", "%n public contribution(s) and the forum's responses"), contributions)));
        addPage(base + QStringLiteral(".html"), Section::Plans, p.title, body, p.title + QLatin1Char(' ') + p.introduction);
    }

    QString tags(Vocabulary::List list, const QStringList &keys) const
    {
        QStringList labels;
        for (const QString &k : keys)
            labels << label(list, k);
        return h(labels.join(QStringLiteral(", ")));
    }

    void commitmentPages()
    {
        // Milestones and their updates, read once for every commitment.
        QHash<qint64, QList<Milestone>> milestones;
        for (const Milestone &mi : Table<Milestone>(m_file).list({}, {}, QStringLiteral("commitment_id, position, id")))
            milestones[mi.commitmentId].append(mi);
        QHash<qint64, QList<ProgressUpdate>> updates;
        for (const ProgressUpdate &u : Table<ProgressUpdate>(m_file).list({}, {}, QStringLiteral("milestone_id, reported_on DESC, id DESC")))
            updates[u.milestoneId].append(u);
        QHash<qint64, QList<Assessment>> assessments;
        for (const Assessment &a : Table<Assessment>(m_file).list({}, {}, QStringLiteral("commitment_id, source DESC")))
            assessments[a.commitmentId].append(a);

        for (const Commitment &c : std::as_const(m_commitments)) {
            checkStop();
            const ActionPlan plan = m_planById.value(c.planId);
            QString body;
            body += QStringLiteral("<p class=\"up\"><a href=\"../%1\">%2</a></p>\n").arg(planUrl(plan), h(plan.title));
            QStringList values;
            if (c.valueAccessInformation) values << t(QT_TRANSLATE_NOOP("Website", "Access to information"));
            if (c.valueCivicParticipation) values << t(QT_TRANSLATE_NOOP("Website", "Civic participation"));
            if (c.valuePublicAccountability) values << t(QT_TRANSLATE_NOOP("Website", "Public accountability"));
            if (c.valueTechnologyInnovation) values << t(QT_TRANSLATE_NOOP("Website", "Technology and innovation for transparency and accountability"));
            QString contact = h(c.contactName);
            if (!c.contactTitle.isEmpty())
                contact += (contact.isEmpty() ? QString() : QStringLiteral(", ")) + h(c.contactTitle);
            if (!c.contactEmail.isEmpty())
                contact += QStringLiteral("<br><a href=\"mailto:%1\">%1</a>").arg(h(c.contactEmail.trimmed()));
            if (!c.contactPhone.isEmpty())
                contact += QStringLiteral("<br>") + h(c.contactPhone);
            const CommitmentProgress cp = m_progress.value(c.id);
            body += dl({{t(QT_TRANSLATE_NOOP("Website", "Lead agency")), h(c.leadAgency)},
                        {t(QT_TRANSLATE_NOOP("Website", "Contact person")), contact},
                        {t(QT_TRANSLATE_NOOP("Website", "Other actors: government")), h(c.supportingGovernment)},
                        {t(QT_TRANSLATE_NOOP("Website", "Other actors: civil society, private sector and others")), h(c.supportingOther)},
                        {t(QT_TRANSLATE_NOOP("Website", "Period")),
                         c.startOn.isValid() || c.endOn.isValid() ? h(QStringLiteral("%1 – %2").arg(date(c.startOn), date(c.endOn))) : QString()},
                        {t(QT_TRANSLATE_NOOP("Website", "Policy areas")), tags(Vocabulary::List::PolicyArea, c.policyAreas)},
                        {t(QT_TRANSLATE_NOOP("Website", "OGP values")), h(values.join(QStringLiteral(", ")))},
                        {t(QT_TRANSLATE_NOOP("Website", "The forum's own tags (frontiers of open government)")), tags(Vocabulary::List::Frontier, c.frontiers)},
                        {t(QT_TRANSLATE_NOOP("Website", "Budget")), h(c.budget)},
                        {t(QT_TRANSLATE_NOOP("Website", "Progress")), h(percent(cp.percent))},
                        {t(QT_TRANSLATE_NOOP("Website", "Completion")), h(cp.level.isEmpty() ? QString() : label(Vocabulary::List::Completion, cp.level))}});
            const std::pair<const char *, QString> sections[] = {
                {QT_TRANSLATE_NOOP("Website", "Brief description"), c.briefDescription},
                {QT_TRANSLATE_NOOP("Website", "The problem"), c.problem},
                {QT_TRANSLATE_NOOP("Website", "Its causes"), c.causes},
                {QT_TRANSLATE_NOOP("Website", "What has been done so far"), c.statusQuo},
                {QT_TRANSLATE_NOOP("Website", "What the commitment does"), c.description},
                {QT_TRANSLATE_NOOP("Website", "How it solves the problem"), c.solution},
                {QT_TRANSLATE_NOOP("Website", "Results expected"), c.expectedResults},
                {QT_TRANSLATE_NOOP("Website", "How it advances transparency"), c.advancesTransparency},
                {QT_TRANSLATE_NOOP("Website", "How it advances accountability"), c.advancesAccountability},
                {QT_TRANSLATE_NOOP("Website", "How it advances participation"), c.advancesParticipation},
            };
            QString searchText = c.title + QLatin1Char(' ') + c.leadAgency;
            for (const auto &[heading, text] : sections) {
                if (text.trimmed().isEmpty())
                    continue;
                body += QStringLiteral("<h2>%1</h2>\n").arg(h(t(heading))) + paragraphs(text);
                searchText += QLatin1Char(' ') + text;
            }
            const QList<Milestone> list = milestones.value(c.id);
            body += QStringLiteral("<h2>%1</h2>\n").arg(h(t(QT_TRANSLATE_NOOP("Website", "Milestones"))));
            if (list.isEmpty())
                body += QStringLiteral("<p>%1</p>\n").arg(h(t(QT_TRANSLATE_NOOP("Website", "None yet."))));
            for (const Milestone &mi : list) {
                body += QStringLiteral("<section class=\"milestone\">\n<h3>%1</h3>\n").arg(h(mi.activity));
                body += dl({{t(QT_TRANSLATE_NOOP("Website", "Deliverable")), h(mi.deliverable)},
                            {t(QT_TRANSLATE_NOOP("Website", "Responsible")), h(mi.responsible)},
                            {t(QT_TRANSLATE_NOOP("Website", "Period")),
                             mi.startOn.isValid() || mi.endOn.isValid() ? h(QStringLiteral("%1 – %2").arg(date(mi.startOn), date(mi.endOn))) : QString()}});
                const QList<ProgressUpdate> ups = updates.value(mi.id);
                if (ups.isEmpty()) {
                    body += QStringLiteral("<p>%1</p>\n").arg(h(t(QT_TRANSLATE_NOOP("Website", "No progress reported yet."))));
                } else {
                    QList<QStringList> rows;
                    for (const ProgressUpdate &u : ups)
                        rows << QStringList{dateCell(u.reportedOn), h(percent(u.percent)),
                                            h(label(Vocabulary::List::ProgressStatus, u.status)), h(u.narrative), linkOrText(u.evidence)};
                    body += table({t(QT_TRANSLATE_NOOP("Website", "Date")), t(QT_TRANSLATE_NOOP("Website", "Progress")),
                                   t(QT_TRANSLATE_NOOP("Website", "Status")), t(QT_TRANSLATE_NOOP("Website", "What was done")),
                                   t(QT_TRANSLATE_NOOP("Website", "Evidence"))},
                                  rows, t(QT_TRANSLATE_NOOP("Website", "Progress updates")));
                }
                body += QStringLiteral("</section>\n");
            }
            const QList<Assessment> as = assessments.value(c.id);
            if (!as.isEmpty()) {
                body += QStringLiteral("<h2>%1</h2>\n").arg(h(t(QT_TRANSLATE_NOOP("Website", "Assessments"))));
                QList<QStringList> rows;
                for (const Assessment &a : as)
                    rows << QStringList{h(label(Vocabulary::List::AssessmentSource, a.source)), dateCell(a.assessedOn),
                                        h(a.potentialImpact.isEmpty() ? QString() : label(Vocabulary::List::PotentialImpact, a.potentialImpact)),
                                        h(a.completion.isEmpty() ? QString() : label(Vocabulary::List::Completion, a.completion)),
                                        h(a.openedGovernment.isEmpty() ? QString() : label(Vocabulary::List::OpenedGovernment, a.openedGovernment))};
                body += table({t(QT_TRANSLATE_NOOP("Website", "By")), t(QT_TRANSLATE_NOOP("Website", "Date")),
                               t(QT_TRANSLATE_NOOP("Website", "Potential impact")), t(QT_TRANSLATE_NOOP("Website", "Completion")),
                               t(QT_TRANSLATE_NOOP("Website", "Did it open government?"))},
                              rows);
            }
            const QString title = QStringLiteral("%1. %2").arg(c.number, c.title);
            addPage(commitmentUrl(c), Section::Plans, title, body, searchText, t(QT_TRANSLATE_NOOP("Website", "Commitment")));
        }
    }

    // --- contributions ---

    void contributionPages()
    {
        QHash<qint64, QStringList> linked; // contribution -> commitment links
        {
            Statement st = m_file.database().query(QStringLiteral(
                "SELECT cc.contribution_id, c.id FROM contribution_commitment cc JOIN commitment c ON c.id = cc.commitment_id "
                "ORDER BY cc.contribution_id, c.number COLLATE NAME"));
            while (st.next()) {
                const Commitment c = m_commitmentById.value(st.int64(1));
                linked[st.int64(0)] << QStringLiteral("<a href=\"../%1\">%2</a>").arg(commitmentUrl(c), h(c.number));
            }
        }
        for (const ActionPlan &p : std::as_const(m_plans)) {
            const QList<Contribution> list = Table<Contribution>(m_file).list(QStringLiteral("plan_id = ?"), {p.id}, QStringLiteral("received_on, id"));
            if (list.isEmpty())
                continue;
            std::map<QString, int> byStatus;
            for (const Contribution &c : list)
                byStatus[c.status]++;
            QString body = QStringLiteral("<p class=\"up\"><a href=\"%1.html\">%2</a></p>\n").arg(fileId(p.uid), h(p.title));
            QList<QStringList> summary;
            for (const QString &key : Vocabulary::keys(Vocabulary::List::ContributionStatus))
                if (byStatus.count(key))
                    summary << QStringList{h(label(Vocabulary::List::ContributionStatus, key)), h(m_lang.locale().toString(byStatus[key]))};
            body += table({t(QT_TRANSLATE_NOOP("Website", "How it was treated")), t(QT_TRANSLATE_NOOP("Website", "Contributions"))}, summary,
                          t(QT_TRANSLATE_NOOP("Website", "Summary")));
            body += QStringLiteral("<p>%1</p>\n").arg(h(t(QT_TRANSLATE_NOOP("Website", "A person is named only with their consent; otherwise the site says “a citizen” and their organisation, if any."))));
            for (const Contribution &c : list) {
                body += QStringLiteral("<article class=\"contribution\">\n<h2>%1</h2>\n")
                            .arg(h(QStringLiteral("%1 — %2").arg(contributorName(c, &m_lang), shortDate(c.receivedOn))));
                body += dl({{t(QT_TRANSLATE_NOOP("Website", "Sector")), h(label(Vocabulary::List::Sector, c.sector))},
                            {t(QT_TRANSLATE_NOOP("Website", "Received through")), h(label(Vocabulary::List::ContributionChannel, c.channel))},
                            {t(QT_TRANSLATE_NOOP("Website", "How it was treated")), h(label(Vocabulary::List::ContributionStatus, c.status))},
                            {t(QT_TRANSLATE_NOOP("Website", "Taken into commitments")), linked.value(c.id).join(QStringLiteral(", "))}});
                body += QStringLiteral("<blockquote>%1</blockquote>\n").arg(paragraphs(c.text));
                if (!c.response.trimmed().isEmpty())
                    body += QStringLiteral("<h3>%1</h3>\n").arg(h(c.respondedOn.isValid()
                                                                       ? t(QT_TRANSLATE_NOOP("Website", "The forum's response, %1")).arg(date(c.respondedOn))
                                                                       : t(QT_TRANSLATE_NOOP("Website", "The forum's response"))))
                        + paragraphs(c.response);
                body += QStringLiteral("</article>\n");
            }
            const QString title = t(QT_TRANSLATE_NOOP("Website", "Contributions and reasoned responses: %1")).arg(p.title);
            addPage(contributionsUrl(p), Section::Plans, title, body, title, t(QT_TRANSLATE_NOOP("Website", "Contributions")));
        }
    }

    // --- documents, data, home, feed, search ---

    struct DocumentEntry {
        QDate date;
        QString title;
        QString html;  // path, or empty
        QString pdf;   // path, or empty
        QString id;    // stable within the forum
    };

    void documentsPage()
    {
        std::stable_sort(m_documents.begin(), m_documents.end(), [](const DocumentEntry &a, const DocumentEntry &b) { return a.date > b.date; });
        QList<QStringList> rows;
        for (const DocumentEntry &d : std::as_const(m_documents)) {
            QStringList links;
            if (!d.html.isEmpty())
                links << QStringLiteral("<a href=\"../%1\">HTML</a>").arg(d.html);
            if (!d.pdf.isEmpty())
                links << QStringLiteral("<a href=\"../%1\">PDF</a>").arg(d.pdf);
            rows << QStringList{dateCell(d.date), h(d.title), QStringLiteral("<span class=\"nowrap\">%1</span>").arg(links.join(QStringLiteral(" · ")))};
            m_search.append(QJsonObject{{QStringLiteral("t"), d.title},
                                        {QStringLiteral("u"), d.html.isEmpty() ? d.pdf : d.html},
                                        {QStringLiteral("k"), sectionName(Section::Documents)},
                                        {QStringLiteral("x"), d.title}});
        }
        QString body = QStringLiteral("<p>%1</p>\n").arg(h(t(QT_TRANSLATE_NOOP("Website", "The forum's public repository: the evidence of the co-creation process and of implementation, newest first."))));
        body += rows.isEmpty() ? QStringLiteral("<p>%1</p>\n").arg(h(t(QT_TRANSLATE_NOOP("Website", "None yet."))))
                               : table({t(QT_TRANSLATE_NOOP("Website", "Date")), t(QT_TRANSLATE_NOOP("Website", "Document")),
                                        t(QT_TRANSLATE_NOOP("Website", "Files"))},
                                       rows);
        addPage(QStringLiteral("documents/index.html"), Section::Documents, t(QT_TRANSLATE_NOOP("Website", "Documents")), body);
    }

    void dataPages()
    {
        OpenData::Options options;
        options.licenceId = m_options.licenceId;
        // The state of the records, not the moment of publishing: the same records, the same bytes.
        options.exportedAt = QDateTime(m_site.lastUpdated, QTime(0, 0), QTimeZone::utc());
        options.language = m_lang.code();
        const OpenData::Package package = OpenData::read(m_file, options);
        QList<QStringList> rows;
        for (const auto &[name, bytes] : OpenData::packageFiles(package))
            addBytes(QStringLiteral("data/") + name, bytes);
        for (const OpenData::Resource &r : package.resources)
            rows << QStringList{h(r.title), h(r.description), h(m_lang.locale().toString(r.rows.size())),
                                QStringLiteral("<span class=\"nowrap\"><a href=\"%1.csv\">CSV</a> · <a href=\"%1.json\">JSON</a></span>").arg(r.name)};
        QString body = QStringLiteral("<p>%1</p>\n").arg(h(t(QT_TRANSLATE_NOOP("Website", "Every record the forum publishes, as tables anyone can reuse. They are described by a Frictionless Data package, which data tools read."))));
        body += dl({{t(QT_TRANSLATE_NOOP("Website", "Licence")),
                     QStringLiteral("<a href=\"%1\">%2</a>").arg(h(package.licenceUrl), h(package.licenceTitle))},
                    {t(QT_TRANSLATE_NOOP("Website", "State of the records")), h(date(m_site.lastUpdated))},
                    {t(QT_TRANSLATE_NOOP("Website", "Description")), QStringLiteral("<a href=\"datapackage.json\">datapackage.json</a>")}});
        body += table({t(QT_TRANSLATE_NOOP("Website", "Table")), t(QT_TRANSLATE_NOOP("Website", "What it holds")),
                       t(QT_TRANSLATE_NOOP("Website", "Rows")), t(QT_TRANSLATE_NOOP("Website", "Files"))},
                      rows);
        addPage(QStringLiteral("data/index.html"), Section::Data, t(QT_TRANSLATE_NOOP("Website", "Open data")), body);
    }

    QList<NewsItem> news() const
    {
        QList<NewsItem> items;
        Statement st = m_file.database().query(QStringLiteral(
            "SELECT d, kind, id, extra FROM ("
            " SELECT published_on AS d, 'minutes' AS kind, id, NULL AS extra FROM meeting WHERE published_on IS NOT NULL"
            " UNION ALL SELECT substr(starts_at, 1, 10), 'held', id, NULL FROM meeting"
            "   WHERE status IN ('held', 'minutes_draft', 'minutes_approved', 'published')"
            " UNION ALL SELECT max(pu.reported_on), 'progress', c.plan_id, count(*) FROM progress_update pu"
            "   JOIN milestone mi ON mi.id = pu.milestone_id JOIN commitment c ON c.id = mi.commitment_id"
            "   GROUP BY c.plan_id, pu.reported_on"
            " UNION ALL SELECT max(responded_on), 'responses', plan_id, count(*) FROM contribution"
            "   WHERE responded_on IS NOT NULL GROUP BY plan_id, responded_on"
            " UNION ALL SELECT submitted_on, 'submitted', id, NULL FROM action_plan WHERE submitted_on IS NOT NULL"
            ") WHERE d <= ?1 ORDER BY d DESC, kind, id LIMIT 10"));
        st.bind(1, formatDate(m_today));
        while (st.next()) {
            const QDate d = parseDate(st.text(0));
            const QString kind = st.text(1);
            const qint64 id = st.int64(2);
            if (kind == QLatin1String("minutes") && m_meetingById.contains(id))
                items.append({d, t(QT_TRANSLATE_NOOP("Website", "Minutes published: %1")).arg(m_meetingById.value(id).title), meetingUrl(m_meetingById.value(id))});
            else if (kind == QLatin1String("held") && m_meetingById.contains(id))
                items.append({d, t(QT_TRANSLATE_NOOP("Website", "Session held: %1")).arg(m_meetingById.value(id).title), meetingUrl(m_meetingById.value(id))});
            else if (kind == QLatin1String("progress") && m_planById.contains(id))
                items.append({d, n(QT_TRANSLATE_N_NOOP("Website", "%n progress update(s) on the commitments of %1"), st.int64(3)).arg(m_planById.value(id).title),
                              planUrl(m_planById.value(id))});
            else if (kind == QLatin1String("responses") && m_planById.contains(id))
                items.append({d, n(QT_TRANSLATE_N_NOOP("Website", "%n reasoned response(s) to contributions to %1"), st.int64(3)).arg(m_planById.value(id).title),
                              contributionsUrl(m_planById.value(id))});
            else if (kind == QLatin1String("submitted") && m_planById.contains(id))
                items.append({d, t(QT_TRANSLATE_NOOP("Website", "Action plan submitted to OGP: %1")).arg(m_planById.value(id).title), planUrl(m_planById.value(id))});
        }
        return items;
    }

    void homePage()
    {
        QString body;
        QStringList about;
        about << label(Vocabulary::List::Scope, m_forum.scope);
        if (!m_forum.jurisdiction.isEmpty())
            about << m_forum.jurisdiction;
        body += QStringLiteral("<p class=\"lead\">%1</p>\n").arg(h(about.join(QStringLiteral(" · "))));
        body += QStringLiteral("<p class=\"updated\">%1</p>\n").arg(h(t(QT_TRANSLATE_NOOP("Website", "Last updated: %1")).arg(date(m_site.lastUpdated))));

        if (m_planById.contains(m_currentPlanId)) {
            const ActionPlan p = m_planById.value(m_currentPlanId);
            body += QStringLiteral("<section aria-labelledby=\"plan\">\n<h2 id=\"plan\">%1</h2>\n").arg(h(t(QT_TRANSLATE_NOOP("Website", "The current action plan"))));
            body += QStringLiteral("<p><a href=\"%1\">%2</a></p>\n").arg(planUrl(p), h(p.title));
            body += dl({{t(QT_TRANSLATE_NOOP("Website", "Period")), h(QStringLiteral("%1 – %2").arg(date(p.periodStart), date(p.periodEnd)))},
                        {t(QT_TRANSLATE_NOOP("Website", "Stage")), h(label(Vocabulary::List::PlanStage, p.stage))},
                        {t(QT_TRANSLATE_NOOP("Website", "Progress")), h(percent(m_planPercent.value(p.id)))}});
            body += QStringLiteral("</section>\n");
        }
        QList<QStringList> coming;
        for (const Meeting &m : std::as_const(m_meetings))
            if (m.startsAt.date() >= m_today && m.status == key::MeetingStatus::Planned && coming.size() < 3)
                coming << QStringList{h(when(m)), QStringLiteral("<a href=\"%1\">%2</a>").arg(meetingUrl(m), h(m.title))};
        body += QStringLiteral("<section aria-labelledby=\"coming\">\n<h2 id=\"coming\">%1</h2>\n").arg(h(t(QT_TRANSLATE_NOOP("Website", "Coming sessions"))));
        body += coming.isEmpty() ? QStringLiteral("<p>%1</p>\n").arg(h(t(QT_TRANSLATE_NOOP("Website", "No session is scheduled yet."))))
                                 : table({t(QT_TRANSLATE_NOOP("Website", "When")), t(QT_TRANSLATE_NOOP("Website", "Session"))}, coming);
        body += QStringLiteral("</section>\n");

        const QList<NewsItem> items = news();
        body += QStringLiteral("<section aria-labelledby=\"news\">\n<h2 id=\"news\">%1</h2>\n").arg(h(t(QT_TRANSLATE_NOOP("Website", "What changed lately"))));
        if (items.isEmpty())
            body += QStringLiteral("<p>%1</p>\n").arg(h(t(QT_TRANSLATE_NOOP("Website", "None yet."))));
        else {
            body += QStringLiteral("<ul class=\"news\">\n");
            for (const NewsItem &item : items)
                body += QStringLiteral("<li>%1 <a href=\"%2\">%3</a></li>\n").arg(dateCell(item.date), item.url, h(item.text));
            body += QStringLiteral("</ul>\n");
        }
        body += QStringLiteral("</section>\n");

        body += QStringLiteral("<section aria-labelledby=\"rules\">\n<h2 id=\"rules\">%1</h2>\n").arg(h(t(QT_TRANSLATE_NOOP("Website", "How the forum works"))));
        body += paragraphs(m_forum.termsOfReference) + paragraphs(m_forum.participationRules);
        body += dl({{t(QT_TRANSLATE_NOOP("Website", "Decisions")), h(label(Vocabulary::List::DecisionRule, m_forum.decisionRule))},
                    {t(QT_TRANSLATE_NOOP("Website", "Quorum")),
                     h(m_forum.quorumBothSectors
                           ? t(QT_TRANSLATE_NOOP("Website", "%1 % of the voting members, with both government and civil society present")).arg(m_forum.quorumPercent)
                           : t(QT_TRANSLATE_NOOP("Website", "%1 % of the voting members")).arg(m_forum.quorumPercent))},
                    {t(QT_TRANSLATE_NOOP("Website", "Point of contact")),
                     h(m_forum.pocName) + (m_forum.pocEmail.isEmpty() ? QString() : QStringLiteral(" <a href=\"mailto:%1\">%1</a>").arg(h(m_forum.pocEmail.trimmed())))},
                    {t(QT_TRANSLATE_NOOP("Website", "Website")), isWebAddress(m_forum.website) ? linkOrText(m_forum.website) : QString()}});
        body += QStringLiteral("</section>\n");

        QList<QStringList> members;
        QString memberNames;
        for (const Member &m : Table<Member>(m_file).list(
                 QStringLiteral("(term_end IS NULL OR term_end >= ?1) AND (term_start IS NULL OR term_start <= ?1)"),
                 {formatDate(m_today)}, QStringLiteral("sector, name COLLATE NAME, id"))) {
            members << QStringList{h(m.name), h(m.organization), h(label(Vocabulary::List::Sector, m.sector)), h(label(Vocabulary::List::Role, m.role))};
            memberNames += m.name + QLatin1Char(' ') + m.organization + QLatin1Char(' ');
        }
        body += QStringLiteral("<section aria-labelledby=\"members\">\n<h2 id=\"members\">%1</h2>\n").arg(h(t(QT_TRANSLATE_NOOP("Website", "Members"))));
        body += members.isEmpty() ? QStringLiteral("<p>%1</p>\n").arg(h(t(QT_TRANSLATE_NOOP("Website", "None yet."))))
                                  : table({t(QT_TRANSLATE_NOOP("Website", "Name")), t(QT_TRANSLATE_NOOP("Website", "Organisation")),
                                           t(QT_TRANSLATE_NOOP("Website", "Sector")), t(QT_TRANSLATE_NOOP("Website", "Role"))},
                                          members);
        body += QStringLiteral("</section>\n");
        addPage(QStringLiteral("index.html"), Section::Home, m_forum.name, body,
                m_forum.name + QLatin1Char(' ') + m_forum.termsOfReference + QLatin1Char(' ') + memberNames);
    }

    void feed()
    {
        auto x = [](const QString &text) { return xmlText(text); };
        QString out = QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"%1\">\n")
                          .arg(m_lang.code());
        out += QStringLiteral("<title>%1</title>\n<subtitle>%2</subtitle>\n<id>urn:forumdesk:%3</id>\n<updated>%4T00:00:00Z</updated>\n")
                   .arg(x(m_forum.name), x(t(QT_TRANSLATE_NOOP("Website", "New documents"))), fileId(m_forum.uid), formatDate(m_site.lastUpdated));
        out += QStringLiteral("<link rel=\"self\" href=\"feed.atom\"/>\n<link rel=\"alternate\" type=\"text/html\" href=\"index.html\"/>\n<author><name>%1</name></author>\n")
                   .arg(x(m_forum.name));
        int count = 0;
        for (const DocumentEntry &d : std::as_const(m_documents)) {
            if (++count > 50)
                break;
            out += QStringLiteral("<entry>\n<title>%1</title>\n<id>urn:forumdesk:%2:%3</id>\n<updated>%4T00:00:00Z</updated>\n<link href=\"%5\"/>\n</entry>\n")
                       .arg(x(d.title), fileId(m_forum.uid), x(d.id), formatDate(d.date), x(d.html.isEmpty() ? d.pdf : d.html));
        }
        out += QStringLiteral("</feed>\n");
        addText(QStringLiteral("feed.atom"), out);
    }

    void searchPages()
    {
        QString body = QStringLiteral(
                           "<form id=\"search-form\" role=\"search\" action=\"search.html\">\n"
                           "<label for=\"q\">%1</label>\n<input id=\"q\" name=\"q\" type=\"search\" autocomplete=\"off\">\n"
                           "<button type=\"submit\">%2</button>\n</form>\n"
                           "<p id=\"search-status\" role=\"status\" data-found=\"%3\" data-none=\"%4\"></p>\n"
                           "<ul id=\"results\" class=\"results\"></ul>\n"
                           "<noscript><p>%5</p></noscript>\n"
                           "<script src=\"search-index.js\"></script>\n<script src=\"search.js\"></script>\n")
                           .arg(h(t(QT_TRANSLATE_NOOP("Website", "Words to look for"))), h(t(QT_TRANSLATE_NOOP("Website", "Search"))),
                                h(t(QT_TRANSLATE_NOOP("Website", "Found: %1"))), h(t(QT_TRANSLATE_NOOP("Website", "Nothing found."))),
                                h(t(QT_TRANSLATE_NOOP("Website", "Search needs JavaScript. Every page is also reachable from the menu."))));
        addPage(QStringLiteral("search.html"), Section::Search, t(QT_TRANSLATE_NOOP("Website", "Search")), body);
        QByteArray index = QJsonDocument(m_search).toJson(QJsonDocument::Compact);
        index.replace("</", "<\\/");
        addBytes(QStringLiteral("search-index.js"), "window.FORUMDESK_SEARCH = " + index + ";\n");
        addText(QStringLiteral("search.js"), QStringLiteral(R"JS((function () {
  'use strict';
  var index = window.FORUMDESK_SEARCH || [];
  function fold(text) { return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase(); }
  var folded = index.map(function (e) { return fold(e.t + ' ' + e.x); });
  var form = document.getElementById('search-form');
  var input = document.getElementById('q');
  var list = document.getElementById('results');
  var status = document.getElementById('search-status');
  function run() {
    var words = fold(input.value).split(/\s+/).filter(Boolean);
    list.textContent = '';
    if (!words.length) { status.textContent = ''; return; }
    var found = 0;
    for (var i = 0; i < index.length; i++) {
      if (!words.every(function (w) { return folded[i].indexOf(w) >= 0; })) continue;
      found++;
      if (found > 100) continue;
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = index[i].u;
      link.textContent = index[i].t;
      item.appendChild(link);
      var kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = ' · ' + index[i].k;
      item.appendChild(kind);
      var text = document.createElement('p');
      text.textContent = index[i].x.length > 200 ? index[i].x.slice(0, 200) + '…' : index[i].x;
      item.appendChild(text);
      list.appendChild(item);
    }
    status.textContent = found ? status.getAttribute('data-found').replace('%1', found) : status.getAttribute('data-none');
  }
  form.addEventListener('submit', function (event) { event.preventDefault(); run(); });
  input.addEventListener('input', run);
  var query = new URLSearchParams(window.location.search).get('q');
  if (query) { input.value = query; run(); }
})();
)JS"));
    }

    static QString styleSheet()
    {
        // System fonts only (nothing fetched). Colours meet WCAG 2.1 AA: body text #1b1b1b on white
        // (17:1), links #0a4f8f (8.6:1), header text white on #123e63 (11:1), muted text #4a4a4a (8.9:1).
        return QStringLiteral(R"CSS(:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "Noto Sans", "DejaVu Sans", system-ui, sans-serif; font-size: 1.0625rem; line-height: 1.55; color: #1b1b1b; background: #fff; }
a { color: #0a4f8f; text-underline-offset: 0.15em; }
a:visited { color: #5a2d82; }
a:focus-visible, button:focus-visible, input:focus-visible { outline: 3px solid #b34700; outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: 0.5rem 1rem; z-index: 10; }
.skip:focus { left: 0.5rem; }
header.site { background: #123e63; color: #fff; padding: 0.75rem 1rem; }
header.site a { color: #fff; }
header.site a:focus-visible { outline-color: #ffd24d; }
header.site .forum { margin: 0 0 0.5rem; font-size: 1.2rem; font-weight: 700; }
header.site .forum a { text-decoration: none; }
nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; }
nav a[aria-current="page"] { font-weight: 700; text-decoration-thickness: 3px; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.4rem; margin: 2rem 0 0.75rem; border-bottom: 1px solid #c8c8c8; padding-bottom: 0.25rem; }
h3 { font-size: 1.15rem; margin: 1.5rem 0 0.5rem; }
.lead { font-size: 1.2rem; margin-top: 0; }
.updated, .zone, .by, .kind, .up { color: #4a4a4a; }
dl.facts { display: grid; grid-template-columns: minmax(8rem, 15rem) 1fr; gap: 0.35rem 1rem; margin: 1rem 0; }
dl.facts dt { font-weight: 700; }
dl.facts dd { margin: 0; overflow-wrap: break-word; min-width: 0; }
.table-wrap { overflow-x: auto; margin: 1rem 0; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: 700; padding: 0.25rem 0; }
th, td { text-align: left; vertical-align: top; padding: 0.4rem 0.6rem; border-bottom: 1px solid #d6d6d6; }
th { background: #eef2f6; }
td { overflow-wrap: break-word; }
time, .nowrap { white-space: nowrap; }
table.sessions { table-layout: fixed; }
table.sessions th:nth-child(1) { width: 7.5rem; }
table.sessions th:nth-child(3), table.sessions th:nth-child(4) { width: 9.5rem; }
figure { margin: 1.5rem 0; }
figure img { width: 100%; max-width: 56rem; height: auto; border: 1px solid #d6d6d6; }
figcaption { color: #4a4a4a; font-size: 0.95rem; }
blockquote { margin: 0.5rem 0; padding: 0.25rem 1rem; border-left: 4px solid #123e63; background: #f5f7fa; }
article.contribution, section.milestone { border-top: 1px solid #d6d6d6; margin-top: 1.5rem; }
ul.news, ul.results { padding-left: 1.2rem; }
ul.news time { color: #4a4a4a; margin-right: 0.5rem; }
.outcome { font-weight: 700; }
form[role="search"] { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
input[type="search"] { font: inherit; padding: 0.4rem; min-width: 16rem; border: 2px solid #4a4a4a; }
button { font: inherit; padding: 0.4rem 1rem; background: #123e63; color: #fff; border: 0; cursor: pointer; }
footer { border-top: 1px solid #d6d6d6; color: #4a4a4a; padding: 1rem; max-width: 60rem; margin: 2rem auto 0; font-size: 0.95rem; }
@media (max-width: 40rem) {
  body { font-size: 1rem; }
  h1 { font-size: 1.5rem; }
  dl.facts { grid-template-columns: 1fr; }
  table.sessions { table-layout: auto; }
  dl.facts dd { margin-bottom: 0.5rem; }
}
@media print { header.site nav, .skip, form { display: none; } }
)CSS");
    }

    ForumFile &m_file;
    const WebsiteOptions &m_options;
    Forum m_forum;
    DocumentLanguage m_lang;
    ForumClock m_clock;
    QDate m_today;
    QString m_licenceTitle;
    Website m_site;
    QList<ActionPlan> m_plans;
    QList<Meeting> m_meetings;
    QList<Commitment> m_commitments;
    QHash<qint64, ActionPlan> m_planById;
    QHash<qint64, Commitment> m_commitmentById;
    QHash<qint64, Meeting> m_meetingById;
    QHash<qint64, CommitmentProgress> m_progress;
    QHash<qint64, double> m_planPercent;
    qint64 m_currentPlanId = 0;
    QList<DocumentEntry> m_documents;
    QJsonArray m_search;
};

} // namespace

Website buildWebsite(ForumFile &file, const WebsiteOptions &options)
{
    return SiteBuilder(file, options).build();
}

} // namespace forumdesk
