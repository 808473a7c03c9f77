// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/OpenData.h"

#include "core/cocreation/Contribution.h"
#include "core/documents/DocumentLanguage.h"
#include "core/evaluation/Assessment.h"
#include "core/exchange/Csv.h"
#include "core/forum/Forum.h"
#include "core/forum/ForumClock.h"
#include "core/forum/Member.h"
#include "core/forum/Vocabulary.h"
#include "core/implementation/ProgressUpdate.h"
#include "core/meetings/Decision.h"
#include "core/meetings/Meeting.h"
#include "core/plans/ActionPlan.h"
#include "core/plans/Commitment.h"
#include "core/plans/Milestone.h"
#include "core/storage/Database.h"
#include "core/storage/ForumFile.h"
#include "core/storage/StorageError.h"
#include "core/storage/Table.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

namespace forumdesk {

namespace {

constexpr const char *kContext = "OpenData";

// One column as the query reads it: what it is, and the SQL expression that reads it.
struct ColumnSpec {
    OpenData::Column column;
    QString sql;
    const char *title = nullptr;       // translatable, context "Field" (a record's own field) or "OpenData"
    const char *titleContext = "Field";
    std::optional<Vocabulary::List> list;
};

struct ResourceSpec {
    const char *name;
    const char *title;        // context "OpenData"
    const char *description;  // context "OpenData"
    QString from;             // FROM … WHERE …, with ?1 the plan (0: every plan)
    QString orderBy;
    std::vector<ColumnSpec> columns;
};

OpenData::Type typeOf(FieldType type)
{
    switch (type) {
    case FieldType::Integer: return OpenData::Type::Integer;
    case FieldType::Real: return OpenData::Type::Number;
    case FieldType::Boolean: return OpenData::Type::Boolean;
    case FieldType::Date: return OpenData::Type::Date;
    case FieldType::WallClock:
    case FieldType::Timestamp: return OpenData::Type::DateTime;
    default: return OpenData::Type::String;
    }
}

std::optional<Vocabulary::List> listWithKeys(const QStringList &keys)
{
    if (keys.isEmpty())
        return std::nullopt;
    for (int i = 0; i <= int(Vocabulary::List::PolicyArea); ++i) {
        const auto list = Vocabulary::List(i);
        if (Vocabulary::keys(list) == keys)
            return list;
    }
    return std::nullopt;
}

ColumnSpec uidColumn(const QString &alias)
{
    ColumnSpec c;
    c.column.name = QStringLiteral("uid");
    c.column.required = true;
    c.sql = alias + QStringLiteral(".uid");
    c.title = QT_TRANSLATE_NOOP("OpenData", "Identifier");
    c.titleContext = kContext;
    return c;
}

// A reference: the uid of the record named, read by the query's join (`sql`).
ColumnSpec referenceColumn(const char *name, const QString &sql, const char *resource, const char *title,
                           bool required = false)
{
    ColumnSpec c;
    c.column.name = QString::fromLatin1(name);
    c.column.references = QString::fromLatin1(resource);
    c.column.required = required;
    c.sql = sql;
    c.title = title;
    return c;
}

// Fields of a record kind, as its schema describes them (type, keys, required, since which format).
template <class T>
void addFields(ResourceSpec &spec, const QString &alias, const QStringList &columns, int format)
{
    for (const QString &name : columns) {
        const auto &fields = T::schema().fields;
        const auto f = std::find_if(fields.begin(), fields.end(), [&](const auto &x) { return x.column == name; });
        Q_ASSERT(f != fields.end());
        ColumnSpec c;
        c.column.name = name;
        c.column.type = typeOf(f->type);
        c.column.required = f->required;
        if (f->type == FieldType::Enumeration) {
            c.column.keys = f->allowed;
            c.list = listWithKeys(f->allowed);
        }
        c.sql = format >= f->sinceFormat ? alias + QLatin1Char('.') + name : QStringLiteral("NULL");
        if (format < f->sinceFormat)
            c.column.required = false;
        c.title = f->label;
        spec.columns.push_back(c);
    }
}

QStringList names(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *n : list)
        out << QString::fromLatin1(n);
    return out;
}

std::vector<ResourceSpec> specs(int format)
{
    std::vector<ResourceSpec> out;
    const QString plansJoin = QStringLiteral(" JOIN action_plan p ON p.id = c.plan_id");

    {
        ResourceSpec s{"members", QT_TRANSLATE_NOOP("OpenData", "Members of the forum"),
                       QT_TRANSLATE_NOOP("OpenData", "The forum's members: name, organisation, sector and role (never contact details)."),
                       QStringLiteral("FROM member m WHERE ?1 = ?1"), QStringLiteral("m.name COLLATE NAME, m.id"), {}};
        s.columns.push_back(uidColumn(QStringLiteral("m")));
        addFields<Member>(s, QStringLiteral("m"), names({"name", "organization", "sector", "role", "voting", "term_start", "term_end"}), format);
        out.push_back(std::move(s));
    }
    {
        ResourceSpec s{"plans", QT_TRANSLATE_NOOP("OpenData", "Action plans"),
                       QT_TRANSLATE_NOOP("OpenData", "The forum's OGP action plans, their period and stage."),
                       QStringLiteral("FROM action_plan p WHERE (?1 = 0 OR p.id = ?1)"), QStringLiteral("p.period_start, p.id"), {}};
        s.columns.push_back(uidColumn(QStringLiteral("p")));
        addFields<ActionPlan>(s, QStringLiteral("p"), names({"title", "period_start", "period_end", "stage", "submitted_on", "introduction"}), format);
        out.push_back(std::move(s));
    }
    {
        ResourceSpec s{"commitments", QT_TRANSLATE_NOOP("OpenData", "Commitments"),
                       QT_TRANSLATE_NOOP("OpenData", "Each commitment on OGP's template. Tag lists (policy areas, frontiers, themes) are keys separated by semicolons."),
                       QStringLiteral("FROM commitment c") + plansJoin + QStringLiteral(" WHERE (?1 = 0 OR c.plan_id = ?1)"),
                       QStringLiteral("p.period_start, p.id, c.number COLLATE NAME, c.id"), {}};
        s.columns.push_back(uidColumn(QStringLiteral("c")));
        s.columns.push_back(referenceColumn("plan_uid", QStringLiteral("p.uid"), "plans", QT_TRANSLATE_NOOP("Field", "Action plan"), true));
        addFields<Commitment>(s, QStringLiteral("c"),
                              names({"number", "title", "brief_description", "problem", "causes", "status_quo", "description",
                                     "solution", "expected_results", "advances_transparency", "advances_accountability",
                                     "advances_participation", "lead_agency", "supporting_government", "supporting_other",
                                     "contact_name", "contact_title", "contact_email", "contact_phone", "start_on", "end_on",
                                     "value_access_information", "value_civic_participation", "value_public_accountability",
                                     "value_technology_innovation", "policy_areas", "frontiers", "themes", "budget",
                                     "completion_level", "completion_reason"}),
                              format);
        out.push_back(std::move(s));
    }
    {
        ResourceSpec s{"milestones", QT_TRANSLATE_NOOP("OpenData", "Milestones"),
                       QT_TRANSLATE_NOOP("OpenData", "The milestones of each commitment, in their order."),
                       QStringLiteral("FROM milestone mi JOIN commitment c ON c.id = mi.commitment_id") + plansJoin
                           + QStringLiteral(" WHERE (?1 = 0 OR c.plan_id = ?1)"),
                       QStringLiteral("p.period_start, p.id, c.number COLLATE NAME, c.id, mi.position, mi.id"), {}};
        s.columns.push_back(uidColumn(QStringLiteral("mi")));
        s.columns.push_back(referenceColumn("commitment_uid", QStringLiteral("c.uid"), "commitments", QT_TRANSLATE_NOOP("Field", "Commitment"), true));
        addFields<Milestone>(s, QStringLiteral("mi"), names({"position", "activity", "deliverable", "responsible", "start_on", "end_on", "weight"}), format);
        out.push_back(std::move(s));
    }
    {
        ResourceSpec s{"progress_updates", QT_TRANSLATE_NOOP("OpenData", "Progress updates"),
                       QT_TRANSLATE_NOOP("OpenData", "Dated progress of each milestone, with its evidence."),
                       QStringLiteral("FROM progress_update pu JOIN milestone mi ON mi.id = pu.milestone_id "
                                      "JOIN commitment c ON c.id = mi.commitment_id") + plansJoin
                           + QStringLiteral(" WHERE (?1 = 0 OR c.plan_id = ?1)"),
                       QStringLiteral("p.period_start, p.id, c.number COLLATE NAME, c.id, mi.position, mi.id, pu.reported_on, pu.id"), {}};
        s.columns.push_back(uidColumn(QStringLiteral("pu")));
        s.columns.push_back(referenceColumn("milestone_uid", QStringLiteral("mi.uid"), "milestones", QT_TRANSLATE_NOOP("Field", "Milestone"), true));
        s.columns.push_back(referenceColumn("commitment_uid", QStringLiteral("c.uid"), "commitments", QT_TRANSLATE_NOOP("Field", "Commitment"), true));
        addFields<ProgressUpdate>(s, QStringLiteral("pu"), names({"reported_on", "percent", "status", "narrative", "evidence", "reporter"}), format);
        out.push_back(std::move(s));
    }
    {
        ResourceSpec s{"meetings", QT_TRANSLATE_NOOP("OpenData", "Meetings"),
                       QT_TRANSLATE_NOOP("OpenData", "The forum's sessions, consultations and events, past and coming; times with the forum's UTC offset."),
                       QStringLiteral("FROM meeting mt LEFT JOIN action_plan p ON p.id = mt.plan_id WHERE (?1 = 0 OR mt.plan_id = ?1)"),
                       QStringLiteral("mt.starts_at, mt.id"), {}};
        s.columns.push_back(uidColumn(QStringLiteral("mt")));
        s.columns.push_back(referenceColumn("plan_uid", QStringLiteral("p.uid"), "plans", QT_TRANSLATE_NOOP("Field", "Action plan")));
        addFields<Meeting>(s, QStringLiteral("mt"), names({"kind", "number", "title", "starts_at", "ends_at", "place", "status", "notice_sent_on", "published_on"}), format);
        out.push_back(std::move(s));
    }
    {
        ResourceSpec s{"decisions", QT_TRANSLATE_NOOP("OpenData", "Decisions"),
                       QT_TRANSLATE_NOOP("OpenData", "Decisions of meetings whose minutes are approved or published, with their votes."),
                       QStringLiteral("FROM decision d JOIN meeting mt ON mt.id = d.meeting_id "
                                      "LEFT JOIN agenda_item ai ON ai.id = d.agenda_item_id "
                                      "LEFT JOIN action_plan ap ON ap.id = d.approves_plan_id "
                                      "WHERE mt.status IN ('minutes_approved', 'published') AND (?1 = 0 OR mt.plan_id = ?1)"),
                       QStringLiteral("mt.starts_at, mt.id, ai.position, d.id"), {}};
        s.columns.push_back(uidColumn(QStringLiteral("d")));
        s.columns.push_back(referenceColumn("meeting_uid", QStringLiteral("mt.uid"), "meetings", QT_TRANSLATE_NOOP("Field", "Meeting"), true));
        ColumnSpec item;
        item.column.name = QStringLiteral("agenda_item");
        item.sql = QStringLiteral("ai.title");
        item.title = QT_TRANSLATE_NOOP("Field", "Agenda item");
        s.columns.push_back(item);
        addFields<Decision>(s, QStringLiteral("d"), names({"text", "method", "majority", "votes_for", "votes_against", "votes_abstain", "outcome"}), format);
        // The plan a decision approves, when that plan is in the package.
        s.columns.push_back(referenceColumn("approves_plan_uid", QStringLiteral("CASE WHEN ?1 = 0 OR ap.id = ?1 THEN ap.uid END"),
                                            "plans", QT_TRANSLATE_NOOP("Field", "Approves action plan")));
        out.push_back(std::move(s));
    }
    {
        ResourceSpec s{"contributions", QT_TRANSLATE_NOOP("OpenData", "Contributions and reasoned responses"),
                       QT_TRANSLATE_NOOP("OpenData", "What the public proposed for the action plan and the forum's reasoned response. An individual's name only with their recorded consent."),
                       QStringLiteral("FROM contribution co JOIN action_plan p ON p.id = co.plan_id "
                                      "LEFT JOIN meeting mt ON mt.id = co.meeting_id WHERE (?1 = 0 OR co.plan_id = ?1)"),
                       QStringLiteral("p.period_start, p.id, co.received_on, co.id"), {}};
        s.columns.push_back(uidColumn(QStringLiteral("co")));
        s.columns.push_back(referenceColumn("plan_uid", QStringLiteral("p.uid"), "plans", QT_TRANSLATE_NOOP("Field", "Action plan"), true));
        addFields<Contribution>(s, QStringLiteral("co"), names({"received_on", "channel", "author", "organization", "sector", "text", "status", "response", "responded_on"}), format);
        for (ColumnSpec &c : s.columns)
            if (c.column.name == QLatin1String("author"))
                c.sql = format >= 3 ? QStringLiteral("CASE WHEN co.author_consents = 1 THEN co.author END") : QStringLiteral("NULL");
        s.columns.push_back(referenceColumn("meeting_uid", QStringLiteral("CASE WHEN ?1 = 0 OR mt.plan_id = ?1 THEN mt.uid END"),
                                            "meetings", QT_TRANSLATE_NOOP("Field", "Meeting")));
        out.push_back(std::move(s));
    }
    {
        ResourceSpec s{"contribution_commitments", QT_TRANSLATE_NOOP("OpenData", "Contributions taken into commitments"),
                       QT_TRANSLATE_NOOP("OpenData", "Which contribution each commitment took up."),
                       QStringLiteral("FROM contribution_commitment cc JOIN contribution co ON co.id = cc.contribution_id "
                                      "JOIN commitment c ON c.id = cc.commitment_id JOIN action_plan p ON p.id = co.plan_id "
                                      "WHERE (?1 = 0 OR (co.plan_id = ?1 AND c.plan_id = ?1))"),
                       QStringLiteral("p.period_start, p.id, co.received_on, co.id, c.number COLLATE NAME, c.id"), {}};
        s.columns.push_back(uidColumn(QStringLiteral("cc")));
        s.columns.push_back(referenceColumn("contribution_uid", QStringLiteral("co.uid"), "contributions", QT_TRANSLATE_NOOP("Field", "Contribution"), true));
        s.columns.push_back(referenceColumn("commitment_uid", QStringLiteral("c.uid"), "commitments", QT_TRANSLATE_NOOP("Field", "Commitment"), true));
        out.push_back(std::move(s));
    }
    {
        ResourceSpec s{"assessments", QT_TRANSLATE_NOOP("OpenData", "Assessments"),
                       QT_TRANSLATE_NOOP("OpenData", "Self-assessments and IRM assessments of each commitment."),
                       QStringLiteral("FROM assessment a JOIN commitment c ON c.id = a.commitment_id") + plansJoin
                           + QStringLiteral(" WHERE (?1 = 0 OR c.plan_id = ?1)"),
                       QStringLiteral("p.period_start, p.id, c.number COLLATE NAME, c.id, a.source, a.id"), {}};
        s.columns.push_back(uidColumn(QStringLiteral("a")));
        s.columns.push_back(referenceColumn("commitment_uid", QStringLiteral("c.uid"), "commitments", QT_TRANSLATE_NOOP("Field", "Commitment"), true));
        addFields<Assessment>(s, QStringLiteral("a"),
                              names({"source", "assessed_on", "verifiable", "relevance_access_information",
                                     "relevance_civic_participation", "relevance_public_accountability",
                                     "relevance_technology_innovation", "potential_results", "potential_impact", "completion",
                                     "opened_government"}),
                              format);
        out.push_back(std::move(s));
    }
    return out;
}

struct LicenceInfo {
    const char *id;
    const char *title;
    const char *url;
};

constexpr LicenceInfo kLicences[] = {
    {"CC-BY-4.0", "Creative Commons Attribution 4.0", "https://creativecommons.org/licenses/by/4.0/"},
    {"CC0-1.0", "Creative Commons Zero v1.0 Universal", "https://creativecommons.org/publicdomain/zero/1.0/"},
    {"CC-BY-SA-4.0", "Creative Commons Attribution Share-Alike 4.0", "https://creativecommons.org/licenses/by-sa/4.0/"},
    {"ODC-By-1.0", "Open Data Commons Attribution License v1.0", "https://opendatacommons.org/licenses/by/1-0/"},
    {"ODbL-1.0", "Open Data Commons Open Database License v1.0", "https://opendatacommons.org/licenses/odbl/1-0/"},
};

QString typeName(OpenData::Type type)
{
    switch (type) {
    case OpenData::Type::Integer: return QStringLiteral("integer");
    case OpenData::Type::Number: return QStringLiteral("number");
    case OpenData::Type::Boolean: return QStringLiteral("boolean");
    case OpenData::Type::Date: return QStringLiteral("date");
    case OpenData::Type::DateTime: return QStringLiteral("datetime");
    case OpenData::Type::String: break;
    }
    return QStringLiteral("string");
}

// A value as a CSV cell: booleans true/false, numbers as C locale, nothing for no value.
QString cellText(const OpenData::Column &column, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QString();
    switch (column.type) {
    case OpenData::Type::Boolean:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case OpenData::Type::Number:
        return QString::number(value.toDouble(), 'g', 15);
    default:
        return value.toString();
    }
}

QJsonValue jsonValue(const OpenData::Column &column, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QJsonValue::Null;
    switch (column.type) {
    case OpenData::Type::Boolean: return value.toBool();
    case OpenData::Type::Integer: return value.toLongLong();
    case OpenData::Type::Number: return value.toDouble();
    default: return value.toString();
    }
}

// "Red de Gobierno Abierto — Plan 2024" -> "red-de-gobierno-abierto-plan-2024": a package name
// (Frictionless: lower case letters, digits, - . _).
QString slug(const QString &text)
{
    QString s = text.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    for (const QChar ch : s) {
        if ((ch >= QLatin1Char('a') && ch <= QLatin1Char('z')) || (ch >= QLatin1Char('0') && ch <= QLatin1Char('9')))
            out += ch;
        else if (ch.category() == QChar::Mark_NonSpacing)
            continue;
        else if (!out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    while (out.startsWith(QLatin1Char('-')))
        out.remove(0, 1);
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("forum") : out.left(100);
}

} // namespace

QStringList OpenData::licenceIds()
{
    QStringList ids;
    for (const auto &l : kLicences)
        ids << QString::fromLatin1(l.id);
    return ids;
}

std::optional<OpenData::Licence> OpenData::findLicence(const QString &id)
{
    for (const auto &l : kLicences)
        if (id.compare(QLatin1String(l.id), Qt::CaseInsensitive) == 0)
            return Licence{QString::fromLatin1(l.id), QString::fromLatin1(l.title), QString::fromLatin1(l.url)};
    return std::nullopt;
}

OpenData::Licence OpenData::requireLicence(const QString &id)
{
    if (const auto known = findLicence(id))
        return *known;
    throw StorageError(StorageError::Kind::Validation,
                       QCoreApplication::translate("OpenData", "“%1” is not a licence Forum Desk knows; use one of %2")
                           .arg(id, licenceIds().join(QStringLiteral(", "))));
}

OpenData::Package OpenData::read(ForumFile &file, const Options &options)
{
    Package package;
    const Licence licence = requireLicence(options.licenceId);
    package.licenceId = licence.id;
    package.licenceTitle = licence.title;
    package.licenceUrl = licence.url;
    package.exportedAt = options.exportedAt.isValid() ? options.exportedAt.toUTC()
                                                      : QDateTime::currentDateTimeUtc();
    package.exportedAt.setTime(QTime(package.exportedAt.time().hour(), package.exportedAt.time().minute(),
                                     package.exportedAt.time().second()));
    Database &db = file.database();
    ReadTransaction snapshot(db);
    const Forum forum = Table<Forum>(file).get(1);
    package.forumName = forum.name;
    package.language = options.language.isEmpty() ? forum.language : options.language;
    package.homepage = forum.website;
    package.planId = options.planId;
    if (options.planId > 0) {
        const auto plan = Table<ActionPlan>(file).find(options.planId);
        if (!plan)
            throw StorageError(StorageError::Kind::Validation,
                               QCoreApplication::translate("OpenData", "There is no action plan with id %1.").arg(options.planId));
        package.planTitle = plan->title;
    }
    const DocumentLanguage language(package.language);
    const QTimeZone zone = ForumClock(forum.timeZone).zone();
    for (const ResourceSpec &spec : specs(file.schemaVersion())) {
        Resource resource;
        resource.name = QString::fromLatin1(spec.name);
        resource.title = language.text(kContext, spec.title);
        resource.description = language.text(kContext, spec.description);
        QStringList select;
        for (const ColumnSpec &c : spec.columns) {
            OpenData::Column column = c.column;
            column.title = c.title ? language.text(c.titleContext, c.title) : column.name;
            if (c.list) {
                // Each key with its label in the forum's language: "on_track: según lo previsto".
                QStringList keys;
                for (const QString &key : column.keys)
                    keys << key + QStringLiteral(": ") + language.label(*c.list, key);
                column.description = keys.join(QStringLiteral("; "));
            }
            resource.columns << column;
            select << c.sql;
        }
        Statement st = db.query(QStringLiteral("SELECT %1 %2 ORDER BY %3").arg(select.join(QStringLiteral(", ")), spec.from, spec.orderBy));
        st.bind(1, options.planId);
        while (st.next()) {
            QVariantList row;
            row.reserve(resource.columns.size());
            for (int i = 0; i < resource.columns.size(); ++i) {
                const Column &column = resource.columns.at(i);
                if (st.isNull(i)) {
                    row << QVariant();
                    continue;
                }
                switch (column.type) {
                case Type::Integer: row << st.int64(i); break;
                case Type::Number: row << st.real(i); break;
                case Type::Boolean: row << (st.int64(i) != 0); break;
                case Type::DateTime: {
                    // A moment kept in UTC stays so; the forum's wall-clock time gets its offset from
                    // UTC that day.
                    const QString text = st.text(i);
                    if (text.endsWith(QLatin1Char('Z'))) {
                        row << text;
                        break;
                    }
                    QDateTime when = parseWallClock(text);
                    when = QDateTime(when.date(), when.time(), zone);
                    row << when.toString(Qt::ISODate);
                    break;
                }
                default: {
                    const QString text = st.text(i);
                    row << (text.isEmpty() ? QVariant() : QVariant(text));
                }
                }
            }
            resource.rows << row;
        }
        package.resources << resource;
    }
    return package;
}

QByteArray OpenData::csv(const Resource &resource)
{
    QList<QStringList> records;
    QStringList header;
    for (const Column &column : resource.columns)
        header << column.name;
    records << header;
    for (const QVariantList &row : resource.rows) {
        QStringList cells;
        for (int i = 0; i < resource.columns.size(); ++i)
            cells << cellText(resource.columns.at(i), row.at(i));
        records << cells;
    }
    return Csv::document(records);
}

namespace {

QJsonArray jsonRows(const OpenData::Resource &resource)
{
    QJsonArray array;
    for (const QVariantList &row : resource.rows) {
        QJsonObject object;
        for (int i = 0; i < resource.columns.size(); ++i)
            object.insert(resource.columns.at(i).name, jsonValue(resource.columns.at(i), row.at(i)));
        array.append(object);
    }
    return array;
}

QJsonObject metadata(const OpenData::Package &package)
{
    QJsonObject m{{QStringLiteral("forum"), package.forumName},
                  {QStringLiteral("language"), package.language},
                  {QStringLiteral("exported_at"), package.exportedAt.toString(Qt::ISODate)},
                  {QStringLiteral("licence"), QJsonObject{{QStringLiteral("id"), package.licenceId},
                                                          {QStringLiteral("title"), package.licenceTitle},
                                                          {QStringLiteral("url"), package.licenceUrl}}}};
    if (!package.homepage.isEmpty())
        m.insert(QStringLiteral("homepage"), package.homepage);
    if (package.planId > 0)
        m.insert(QStringLiteral("plan"), package.planTitle);
    return m;
}

QJsonObject tableSchema(const OpenData::Resource &resource, const QString &suffix)
{
    QJsonArray fields;
    QJsonArray foreignKeys;
    for (const OpenData::Column &column : resource.columns) {
        QJsonObject field{{QStringLiteral("name"), column.name},
                          {QStringLiteral("title"), column.title},
                          {QStringLiteral("type"), typeName(column.type)}};
        if (!column.description.isEmpty())
            field.insert(QStringLiteral("description"), column.description);
        QJsonObject constraints;
        if (column.required)
            constraints.insert(QStringLiteral("required"), true);
        if (column.name == QLatin1String("uid"))
            constraints.insert(QStringLiteral("unique"), true);
        if (!column.keys.isEmpty())
            constraints.insert(QStringLiteral("enum"), QJsonArray::fromStringList(column.keys));
        if (!constraints.isEmpty())
            field.insert(QStringLiteral("constraints"), constraints);
        fields.append(field);
        if (!column.references.isEmpty())
            foreignKeys.append(QJsonObject{
                {QStringLiteral("fields"), column.name},
                {QStringLiteral("reference"), QJsonObject{{QStringLiteral("resource"), column.references + suffix},
                                                          {QStringLiteral("fields"), QStringLiteral("uid")}}}});
    }
    QJsonObject schema{{QStringLiteral("fields"), fields},
                       {QStringLiteral("primaryKey"), QStringLiteral("uid")},
                       {QStringLiteral("missingValues"), QJsonArray{QString()}}};
    if (!foreignKeys.isEmpty())
        schema.insert(QStringLiteral("foreignKeys"), foreignKeys);
    return schema;
}

} // namespace

QByteArray OpenData::json(const Resource &resource)
{
    return QJsonDocument(jsonRows(resource)).toJson(QJsonDocument::Indented);
}

QByteArray OpenData::jsonDocument(const Package &package)
{
    QJsonObject document{{QStringLiteral("metadata"), metadata(package)}};
    for (const Resource &resource : package.resources)
        document.insert(resource.name, jsonRows(resource));
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

QByteArray OpenData::dataPackage(const Package &package)
{
    const DocumentLanguage language(package.language);
    QJsonArray resources;
    for (const QString &format : {QStringLiteral("csv"), QStringLiteral("json")}) {
        const bool csvFormat = format == QLatin1String("csv");
        const QString suffix = csvFormat ? QString() : QStringLiteral("-json");
        for (const Resource &resource : package.resources) {
            QJsonObject r{{QStringLiteral("name"), resource.name + suffix},
                          {QStringLiteral("path"), resource.name + QLatin1Char('.') + format},
                          {QStringLiteral("profile"), QStringLiteral("tabular-data-resource")},
                          {QStringLiteral("title"), resource.title},
                          {QStringLiteral("description"), resource.description},
                          {QStringLiteral("format"), format},
                          {QStringLiteral("mediatype"), csvFormat ? QStringLiteral("text/csv") : QStringLiteral("application/json")},
                          {QStringLiteral("encoding"), QStringLiteral("utf-8")},
                          {QStringLiteral("schema"), tableSchema(resource, suffix)}};
            if (csvFormat)
                r.insert(QStringLiteral("dialect"), QJsonObject{{QStringLiteral("delimiter"), QStringLiteral(",")},
                                                                {QStringLiteral("lineTerminator"), QStringLiteral("\r\n")},
                                                                {QStringLiteral("header"), true}});
            resources.append(r);
        }
    }
    QString title = package.forumName;
    QString name = slug(package.forumName);
    if (package.planId > 0) {
        title += QStringLiteral(" — ") + package.planTitle;
        name += QLatin1Char('-') + slug(package.planTitle);
    }
    QJsonObject dp{
        {QStringLiteral("profile"), QStringLiteral("tabular-data-package")},
        {QStringLiteral("name"), name},
        {QStringLiteral("title"), title},
        {QStringLiteral("description"),
         language.text(kContext, QT_TRANSLATE_NOOP("OpenData", "Open data of an Open Government Partnership multi-stakeholder forum: "
                                                                 "members, action plans, commitments, milestones, progress, meetings, "
                                                                 "decisions, public contributions with their reasoned responses, and "
                                                                 "assessments."))},
        {QStringLiteral("created"), package.exportedAt.toString(Qt::ISODate)},
        {QStringLiteral("language"), package.language},
        {QStringLiteral("licenses"), QJsonArray{QJsonObject{{QStringLiteral("name"), package.licenceId},
                                                            {QStringLiteral("title"), package.licenceTitle},
                                                            {QStringLiteral("path"), package.licenceUrl}}}},
        {QStringLiteral("sources"), QJsonArray{QJsonObject{{QStringLiteral("title"), package.forumName}}}},
        {QStringLiteral("resources"), resources},
    };
    if (!package.homepage.isEmpty())
        dp.insert(QStringLiteral("homepage"), package.homepage);
    return QJsonDocument(dp).toJson(QJsonDocument::Indented);
}

QList<std::pair<QString, QByteArray>> OpenData::packageFiles(const Package &package)
{
    QList<std::pair<QString, QByteArray>> files{{QStringLiteral("datapackage.json"), dataPackage(package)}};
    for (const Resource &resource : package.resources) {
        files.append({resource.name + QStringLiteral(".csv"), csv(resource)});
        files.append({resource.name + QStringLiteral(".json"), json(resource)});
    }
    return files;
}

} // namespace forumdesk
