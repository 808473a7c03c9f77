// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/learning/PracticeLibrary.h"

#include "core/forum/Vocabulary.h"
#include "core/forum/VocabularyKeys.h"
#include "core/learning/PracticeCitation.h"
#include "core/plans/Commitment.h"
#include "core/storage/Database.h"
#include "core/storage/ForumFile.h"
#include "core/storage/StorageError.h"
#include "core/storage/Table.h"

#include <algorithm>

namespace forumdesk {

namespace {

// The reference practices, by frontier. Keys are stored in forum files: never change or
// reuse one; add new practices with new keys.
const std::vector<Practice> &library()
{
    static const std::vector<Practice> practices{
        // Useful information for citizens
        {"air_quality_skopje", key::Frontier::UsefulInformation, "MK",
         QT_TRANSLATE_NOOP("Practice", "North Macedonia"),
         QT_TRANSLATE_NOOP("Practice", "Air quality data for Skopje"),
         QT_TRANSLATE_NOOP("Practice", "The city publishes the readings of its air quality stations as they come in, so that residents "
                                       "can protect their health on bad days and ask the authorities to act on pollution.")},
        {"a_tu_servicio_uruguay", key::Frontier::UsefulInformation, "UY",
         QT_TRANSLATE_NOOP("Practice", "Uruguay"),
         QT_TRANSLATE_NOOP("Practice", "“A tu servicio”: comparing health providers"),
         QT_TRANSLATE_NOOP("Practice", "A public website of the health ministry lets people compare health providers on waiting "
                                       "times, prices and quality before they choose one, with data the providers must report.")},
        {"missing_persons_georgia", key::Frontier::UsefulInformation, "GE",
         QT_TRANSLATE_NOOP("Practice", "Georgia"),
         QT_TRANSLATE_NOOP("Practice", "Open data on missing persons"),
         QT_TRANSLATE_NOOP("Practice", "Data on missing persons are published and kept up to date, so that families, civil society "
                                       "and the authorities can follow the cases and press for searches together.")},
        // Feedback on public services
        {"friends_family_test_uk", key::Frontier::ServiceFeedback, "GB",
         QT_TRANSLATE_NOOP("Practice", "United Kingdom"),
         QT_TRANSLATE_NOOP("Practice", "The Friends and Family Test"),
         QT_TRANSLATE_NOOP("Practice", "Patients of the public health service are asked whether they would recommend the service "
                                       "to friends and family; the answers are published for each hospital and practice, and "
                                       "services use them to improve.")},
        {"water_quality_la_libertad_peru", key::Frontier::ServiceFeedback, "PE",
         QT_TRANSLATE_NOOP("Practice", "Peru"),
         QT_TRANSLATE_NOOP("Practice", "Monitoring water quality in La Libertad"),
         QT_TRANSLATE_NOOP("Practice", "In the La Libertad region, communities and the authorities monitor drinking water together "
                                       "and publish the results, so that failures are reported and put right.")},
        {"check_my_services_mongolia", key::Frontier::ServiceFeedback, "MN",
         QT_TRANSLATE_NOOP("Practice", "Mongolia"),
         QT_TRANSLATE_NOOP("Practice", "Check My Services"),
         QT_TRANSLATE_NOOP("Practice", "Citizens rate public services and report problems through a feedback platform; the "
                                       "agencies must answer, and the ratings are public.")},
        // Participation in policy
        {"open_dialogue_canada", key::Frontier::PolicyParticipation, "CA",
         QT_TRANSLATE_NOOP("Practice", "Canada"),
         QT_TRANSLATE_NOOP("Practice", "Open dialogue on policy"),
         QT_TRANSLATE_NOOP("Practice", "The government consults people online and in person while it drafts policies and its open "
                                       "government plans, and reports back on what it heard and what it changed.")},
        {"decide_madrid", key::Frontier::PolicyParticipation, "ES",
         QT_TRANSLATE_NOOP("Practice", "Spain"),
         QT_TRANSLATE_NOOP("Practice", "Decide Madrid"),
         QT_TRANSLATE_NOOP("Practice", "The city's participation platform lets residents make and support proposals and decide "
                                       "part of the budget; its open-source software is used by many other cities.")},
        // Including excluded groups
        {"indigenous_peoples_paraguay", key::Frontier::ExcludedGroups, "PY",
         QT_TRANSLATE_NOOP("Practice", "Paraguay"),
         QT_TRANSLATE_NOOP("Practice", "Indigenous peoples in public decisions"),
         QT_TRANSLATE_NOOP("Practice", "Indigenous organisations take part in shaping the policies that affect them, through free, "
                                       "prior and informed consultation and information in their own languages.")},
        {"gender_equity_sierra_leone", key::Frontier::ExcludedGroups, "SL",
         QT_TRANSLATE_NOOP("Practice", "Sierra Leone"),
         QT_TRANSLATE_NOOP("Practice", "Women in decisions on public services"),
         QT_TRANSLATE_NOOP("Practice", "Commitments bring women into the decisions on public services and resources that affect "
                                       "them, and publish the data broken down by sex.")},
        {"gender_equity_canada", key::Frontier::ExcludedGroups, "CA",
         QT_TRANSLATE_NOOP("Practice", "Canada"),
         QT_TRANSLATE_NOOP("Practice", "Gender analysis of policies and budgets"),
         QT_TRANSLATE_NOOP("Practice", "Policies and budget measures are analysed for how they affect women, men and gender-diverse "
                                       "people, and the analyses are published.")},
        {"gender_equity_argentina", key::Frontier::ExcludedGroups, "AR",
         QT_TRANSLATE_NOOP("Practice", "Argentina"),
         QT_TRANSLATE_NOOP("Practice", "A budget with a gender perspective"),
         QT_TRANSLATE_NOOP("Practice", "The national budget tags the spending that closes gender gaps and reports how it is spent, "
                                       "so that civil society can follow it.")},
        {"youth_elders_finland", key::Frontier::ExcludedGroups, "FI",
         QT_TRANSLATE_NOOP("Practice", "Finland"),
         QT_TRANSLATE_NOOP("Practice", "Reaching young and older people"),
         QT_TRANSLATE_NOOP("Practice", "Open government reaches the groups that take part least, young people and the elderly, "
                                       "with plain language and dialogues held where they are.")},
        // Public resources and anti-corruption
        {"prozorro_ukraine", key::Frontier::PublicResources, "UA",
         QT_TRANSLATE_NOOP("Practice", "Ukraine"),
         QT_TRANSLATE_NOOP("Practice", "ProZorro: open public procurement"),
         QT_TRANSLATE_NOOP("Practice", "Public tenders run through one open electronic system where every bid and contract is "
                                       "public; civil society monitors it and flags suspicious purchases.")},
        {"monithon_italy", key::Frontier::PublicResources, "IT",
         QT_TRANSLATE_NOOP("Practice", "Italy"),
         QT_TRANSLATE_NOOP("Practice", "Monithon: civic monitoring of public funds"),
         QT_TRANSLATE_NOOP("Practice", "Citizens and schools follow projects paid for with public funds, using open data, visit them "
                                       "and publish what they find.")},
        {"beneficial_ownership_uk", key::Frontier::PublicResources, "GB",
         QT_TRANSLATE_NOOP("Practice", "United Kingdom"),
         QT_TRANSLATE_NOOP("Practice", "Public register of beneficial owners"),
         QT_TRANSLATE_NOOP("Practice", "Companies must name the people who ultimately own or control them in a free, open public "
                                       "register, which makes it harder to hide money behind shell companies.")},
    };
    return practices;
}

int indexOf(const QString &key)
{
    const std::vector<Practice> &all = library();
    for (size_t i = 0; i < all.size(); ++i)
        if (key == QLatin1String(all[i].key))
            return int(i);
    return -1;
}

// Library order, unknown keys (from a newer version's library) last, by key.
void sortByLibrary(QStringList &keys)
{
    std::sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
        const int ia = indexOf(a), ib = indexOf(b);
        if (ia != ib)
            return ia < 0 ? false : ib < 0 ? true : ia < ib;
        return a < b;
    });
}

} // namespace

const std::vector<Practice> &PracticeLibrary::practices()
{
    return library();
}

const Practice *PracticeLibrary::find(const QString &key)
{
    const int index = indexOf(key);
    return index < 0 ? nullptr : &library()[size_t(index)];
}

QStringList PracticeLibrary::keys()
{
    QStringList result;
    for (const Practice &p : library())
        result << QString::fromLatin1(p.key);
    return result;
}

std::vector<const Practice *> PracticeLibrary::inFrontier(const QString &frontier)
{
    std::vector<const Practice *> result;
    for (const Practice &p : library())
        if (frontier == p.frontier)
            result.push_back(&p);
    return result;
}

QStringList PracticeLibrary::frontiers()
{
    return Vocabulary::keys(Vocabulary::List::Frontier);
}

QString PracticeLibrary::frontierLabel(const QString &frontier)
{
    return Vocabulary::label(Vocabulary::List::Frontier, frontier);
}

QString PracticeLibrary::title(const Practice &practice)
{
    return QCoreApplication::translate("Practice", practice.title);
}

QString PracticeLibrary::summary(const Practice &practice)
{
    return QCoreApplication::translate("Practice", practice.summary);
}

QString PracticeLibrary::country(const Practice &practice)
{
    return QCoreApplication::translate("Practice", practice.country);
}

QString PracticeLibrary::label(const Practice &practice)
{
    return tr("%1 (%2)").arg(title(practice), country(practice));
}

QString PracticeLibrary::unknownKeyMessage(const QString &key)
{
    return tr("There is no practice “%1” in the reference library; choose one of the library's practices").arg(key);
}

bool PracticeLibrary::holdsCitations(const ForumFile &file)
{
    return file.schemaVersion() >= 2;
}

QStringList PracticeLibrary::citations(ForumFile &file, qint64 commitmentId)
{
    QStringList result;
    if (!holdsCitations(file))
        return result;
    Statement st = file.database().query(QStringLiteral("SELECT practice FROM commitment_practice WHERE commitment_id = ?"));
    st.bind(1, commitmentId);
    while (st.next())
        result << st.text(0);
    sortByLibrary(result);
    return result;
}

QMap<qint64, QStringList> PracticeLibrary::citationsInPlan(ForumFile &file, qint64 planId)
{
    QMap<qint64, QStringList> result;
    if (!holdsCitations(file))
        return result;
    Statement st = file.database().query(QStringLiteral(
        "SELECT p.commitment_id, p.practice FROM commitment_practice p JOIN commitment c ON c.id = p.commitment_id "
        "WHERE c.plan_id = ?"));
    st.bind(1, planId);
    while (st.next())
        result[st.int64(0)] << st.text(1);
    for (QStringList &keys : result)
        sortByLibrary(keys);
    return result;
}

QList<qint64> PracticeLibrary::citingCommitments(ForumFile &file, const QString &key)
{
    QList<qint64> result;
    if (!holdsCitations(file))
        return result;
    Statement st = file.database().query(QStringLiteral(
        "SELECT c.id FROM commitment_practice p JOIN commitment c ON c.id = p.commitment_id "
        "JOIN action_plan a ON a.id = c.plan_id WHERE p.practice = ? ORDER BY a.period_start, a.id, %1")
                                             .arg(Commitment::planOrder(QStringLiteral("c"))));
    st.bind(1, key);
    while (st.next())
        result << st.int64(0);
    return result;
}

void PracticeLibrary::checkKeys(const QStringList &keys)
{
    for (const QString &key : keys)
        if (!find(key))
            throw ValidationError(PracticeCitation::schema().table, QStringLiteral("practice"), QStringLiteral("in_library"),
                                  unknownKeyMessage(key));
}

QList<PracticeCitation> PracticeLibrary::citationRows(ForumFile &file, qint64 commitmentId)
{
    if (!holdsCitations(file))
        return {};
    return Table<PracticeCitation>(file).list(QStringLiteral("commitment_id = ?"), {commitmentId});
}

void PracticeLibrary::setCitations(ForumFile &file, qint64 commitmentId, const QStringList &keys,
                                   const QList<PracticeCitation> &restore)
{
    file.requireWritable();
    checkKeys(keys);
    Table<Commitment>(file).get(commitmentId); // a missing commitment is named as such
    Transaction tx(file.database());
    Table<PracticeCitation> table(file);
    const QList<PracticeCitation> existing = table.list(QStringLiteral("commitment_id = ?"), {commitmentId});
    QStringList kept;
    for (const PracticeCitation &citation : existing) {
        if (keys.contains(citation.practice))
            kept << citation.practice;
        else
            table.remove(citation.id);
    }
    for (const QString &key : keys) {
        if (kept.contains(key))
            continue;
        PracticeCitation citation;
        for (const PracticeCitation &old : restore) {
            if (old.practice == key && old.commitmentId == commitmentId && !table.find(old.id))
                citation = old;
        }
        citation.commitmentId = commitmentId;
        citation.practice = key;
        table.create(citation);
        kept << key;
    }
    tx.commit();
}

} // namespace forumdesk
