// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/ScreenshotTour.h"

#include "ui/document/ForumDocument.h"
#include "ui/window/ForumWorkspace.h"
#include "ui/window/MainWindow.h"
#include "ui/members/MemberDialog.h"
#include "ui/commands/Commands.h"
#include "ui/merge/MergeReviewDialog.h"
#include "ui/window/SyncCopiesBanner.h"
#include "core/forum/Member.h"
#include "core/merge/Merge.h"
#include "core/storage/StorageError.h"
#include "ui/meetings/DecisionDialog.h"
#include "ui/cocreation/ContributionDialog.h"
#include "ui/cocreation/ContributionsPanel.h"
#include "ui/cocreation/ImportPreviewDialog.h"
#include "core/cocreation/ContributionImport.h"
#include "core/cocreation/ContributionLinks.h"
#include "core/meetings/DecisionRecord.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "ui/window/NewForumDialog.h"
#include "ui/meetings/AgendaPanel.h"
#include "ui/meetings/MeetingEditor.h"
#include "ui/meetings/MinutesPanel.h"
#include "ui/meetings/MeetingTableModel.h"
#include "ui/cocreation/CoCreatePage.h"
#include "ui/compliance/CompliancePage.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/evaluation/EvaluatePage.h"
#include "ui/learning/LearnPage.h"
#include "ui/implementation/ImplementPage.h"
#include "ui/meetings/MeetingsPage.h"
#include "ui/members/MembersPage.h"
#include "core/storage/Table.h"
#include "core/meetings/Agenda.h"
#include "core/forum/VocabularyKeys.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTabWidget>

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QScrollArea>
#include <QScrollBar>
#include <QPixmap>
#include <QTableView>
#include <QTableWidget>
#include <QTextStream>

#include <functional>

namespace forumdesk {

namespace {

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

// Lets background work (the Dashboard's charts, the standards check) finish, for at most `ms`.
void settleUntil(const std::function<bool()> &done, int ms = 20000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < ms)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    settle();
}

} // namespace

ScreenshotTour::ScreenshotTour(MainWindow *window, const QString &folder, const QString &suffix, QObject *parent)
    : QObject(parent), m_window(window), m_folder(folder), m_suffix(suffix)
{
}

void ScreenshotTour::shoot(const QString &name)
{
    settle();
    const QString path = QDir(m_folder).filePath(QStringLiteral("%1%2.png").arg(name, m_suffix));
    if (!m_window->grab().save(path)) {
        m_ok = false;
        QTextStream(stderr) << "cannot write " << path << '\n';
    } else {
        QTextStream(stdout) << path << '\n';
    }
}

void ScreenshotTour::shootDialog(QWidget *dialog, const QString &name)
{
    dialog->show();
    settle();
    const QString path = QDir(m_folder).filePath(QStringLiteral("%1%2.png").arg(name, m_suffix));
    if (!dialog->grab().save(path)) {
        m_ok = false;
        QTextStream(stderr) << "cannot write " << path << '\n';
    } else {
        QTextStream(stdout) << path << '\n';
    }
    dialog->close();
}

void ScreenshotTour::start()
{
    QDir().mkpath(m_folder);
    m_window->resize(1280, 800);
    m_window->show();
    shoot(QStringLiteral("welcome"));
    connect(m_window, &MainWindow::forumOpened, this, &ScreenshotTour::tour, Qt::SingleShotConnection);
    connect(m_window, &MainWindow::forumRefused, this, [this](const QString &, const QString &reason) {
        QTextStream(stderr) << "cannot open the sample forum: " << reason << '\n';
        emit finished(false);
    }, Qt::SingleShotConnection);
    m_window->openSampleForum();
}

void ScreenshotTour::meetingsTour()
{
    ForumWorkspace *workspace = m_window->workspace();
    workspace->showPage(ForumWorkspace::Page::Meetings);
    MeetingsPage *page = workspace->meetingsPage();
    // The past meetings of the sample: the latest held one, with its agenda, attendance and minutes.
    page->whenFilter()->setCurrentIndex(page->whenFilter()->findData(int(MeetingQuery::When::Past)));
    settle();
    int chosen = 0;
    for (int row = 0; row < page->model()->rowCount(); ++row) {
        const Meeting m = page->model()->meeting(row);
        if (m.status != key::MeetingStatus::Cancelled && !Agenda::of(m_window->document()->file(), m.id).isEmpty()) {
            chosen = row;
            break;
        }
    }
    if (page->model()->rowCount() > 0)
        page->view()->selectRow(chosen);
    const std::pair<int, const char *> tabs[] = {{MeetingEditor::DetailsTab, "meetings"},
                                                 {MeetingEditor::AgendaTab, "meeting-agenda"},
                                                 {MeetingEditor::AttendanceTab, "meeting-attendance"},
                                                 {MeetingEditor::MinutesTab, "meeting-minutes"}};
    for (const auto &[tab, name] : tabs) {
        page->editor()->tabs()->setCurrentIndex(tab);
        shoot(QString::fromLatin1(name));
    }
    // A decision taken by a vote that failed: its counts, majority and outcome ("Rechazada").
    ForumFile &file = m_window->document()->file();
    Statement rejected = file.database().query(QStringLiteral(
        "SELECT id FROM decision WHERE method = 'vote' ORDER BY outcome = 'rejected' DESC, id DESC LIMIT 1"));
    if (rejected.next()) {
        DecisionDialog decision(file, DecisionRecord::load(file, rejected.int64(0)), m_window);
        shootDialog(&decision, QStringLiteral("decision-dialog"));
    }
    page->sections()->setCurrentIndex(1);
    shoot(QStringLiteral("action-items"));
    page->sections()->setCurrentIndex(0);
}

void ScreenshotTour::coCreateTour()
{
    ForumWorkspace *workspace = m_window->workspace();
    ForumDocument *document = m_window->document();
    // The plan being co-created, if the forum has one, rather than the one being implemented.
    const qint64 shown = document->currentPlanId();
    for (const ActionPlan &plan : document->plans()) {
        if (plan.stage == key::PlanStage::CoCreate) {
            document->setCurrentPlanId(plan.id);
            break;
        }
    }
    workspace->showPage(ForumWorkspace::Page::CoCreate);
    CoCreatePage *page = workspace->coCreatePage();
    page->tabs()->setCurrentIndex(CoCreatePage::ContributionsTab);
    shoot(QStringLiteral("cocreate"));
    contributionDialogs();
    page->tabs()->setCurrentIndex(CoCreatePage::CommitmentsTab);
    shoot(QStringLiteral("cocreate-commitments"));
    page->tabs()->setCurrentIndex(CoCreatePage::ContributionsTab);
    document->setCurrentPlanId(shown);
}

void ScreenshotTour::contributionDialogs()
{
    ForumFile &file = m_window->document()->file();
    const qint64 planId = m_window->document()->currentPlanId();
    // The contribution with the longest reasoned response, as the secretariat writes it.
    Statement longest = file.database().query(QStringLiteral(
        "SELECT id FROM contribution WHERE plan_id = ? ORDER BY length(coalesce(response, '')) DESC LIMIT 1"));
    longest.bind(1, planId);
    if (longest.next()) {
        const qint64 id = longest.int64(0);
        ContributionDialog dialog(file, Table<Contribution>(file).get(id), ContributionLinks::commitmentsOf(file, id),
                                  m_window);
        shootDialog(&dialog, QStringLiteral("contribution-dialog"));
    }
    // The import preview of what Excel writes in Spanish (Windows-1252): a row already in the forum,
    // a row with a date that is not one, a cell that looks like a formula, and good rows.
    Statement first = file.database().query(QStringLiteral(
        "SELECT received_on, coalesce(author, ''), text FROM contribution WHERE plan_id = ? ORDER BY id LIMIT 1"));
    first.bind(1, planId);
    QString csv = QStringLiteral("fecha;autor;organización;sector;canal;aporte\r\n");
    const auto quoted = [](QString text) { return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"'); };
    if (first.next())
        csv += QStringLiteral("%1;%2;;;;%3\r\n").arg(first.text(0), quoted(first.text(1)), quoted(first.text(2)));
    csv += QStringLiteral("12/03/2025;José Núñez;Asociación Vecinal Año Nuevo;civil_society;workshop;"
                          "\"Publicar los contratos de obras públicas con sus adendas, en formato abierto.\"\r\n"
                          "31/02/2025;María Peña;;civil_society;email;Que las actas de cada sesión se publiquen en una semana.\r\n"
                          "14/03/2025;Raúl Ibáñez;Colegio de Contadores;private_sector;email;"
                          "\"=HIPERVINCULO(\"\"http://ejemplo.org\"\")\"\r\n"
                          "15/03/2025;Lucía Ordóñez;Red de Mujeres Líderes;civil_society;online;"
                          "Incluir indicadores de género en el seguimiento de cada compromiso.\r\n");
    const QByteArray bytes = csv.toLatin1(); // every character here is in Windows-1252
    ImportPreviewDialog preview(ContributionImport::read(file, bytes, planId), QStringLiteral("aportes-consulta.csv"),
                                m_window);
    shootDialog(&preview, QStringLiteral("import-preview"));
}

void ScreenshotTour::implementTour()
{
    ForumWorkspace *workspace = m_window->workspace();
    workspace->showPage(ForumWorkspace::Page::Implement);
    ImplementPage *page = workspace->implementPage();
    // A commitment with progress updates, so that the milestones and the history show something.
    QTableWidget *commitments = page->commitmentsTable();
    for (int row = 0; row < commitments->rowCount(); ++row) {
        commitments->selectRow(row);
        if (page->historyTable()->rowCount() > 0)
            break;
    }
    shoot(QStringLiteral("implement"));
}

void ScreenshotTour::dashboardTour()
{
    ForumWorkspace *workspace = m_window->workspace();
    workspace->showPage(ForumWorkspace::Page::Dashboard);
    DashboardPage *page = workspace->dashboardPage();
    settleUntil([page] { return !page->isCalculating(); });
    settle();
    shoot(QStringLiteral("dashboard"));
    // Then the charts further down the page.
    if (auto *scroll = page->findChild<QScrollArea *>()) {
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum() / 2);
        shoot(QStringLiteral("dashboard-charts"));
        scroll->verticalScrollBar()->setValue(0);
    }
}

void ScreenshotTour::evaluateLearnTour()
{
    ForumWorkspace *workspace = m_window->workspace();
    ForumDocument *document = m_window->document();
    // The plan whose cycle is over shows assessments and lessons; then the current one again.
    const qint64 shown = document->currentPlanId();
    for (const ActionPlan &plan : document->plans()) {
        if (plan.stage == key::PlanStage::Closed || plan.stage == key::PlanStage::Learn) {
            document->setCurrentPlanId(plan.id);
            break;
        }
    }
    workspace->showPage(ForumWorkspace::Page::Evaluate);
    EvaluatePage *evaluate = workspace->evaluatePage();
    if (evaluate->commitmentsView()->model() && evaluate->commitmentsView()->model()->rowCount() > 0)
        evaluate->commitmentsView()->selectRow(0);
    shoot(QStringLiteral("evaluate"));
    workspace->showPage(ForumWorkspace::Page::Learn);
    LearnPage *learn = workspace->learnPage();
    learn->tabs()->setCurrentIndex(LearnPage::LessonsTab);
    shoot(QStringLiteral("learn"));
    learn->tabs()->setCurrentIndex(LearnPage::PracticesTab);
    shoot(QStringLiteral("learn-practices"));
    learn->tabs()->setCurrentIndex(LearnPage::LessonsTab);
    document->setCurrentPlanId(shown);
    workspace->showPage(ForumWorkspace::Page::Compliance);
    CompliancePage *compliance = workspace->compliancePage();
    bool refreshed = false;
    connect(compliance, &CompliancePage::refreshed, this, [&refreshed] { refreshed = true; });
    settleUntil([&refreshed] { return refreshed; }, 5000);
    shoot(QStringLiteral("compliance"));
    disconnect(compliance, &CompliancePage::refreshed, this, nullptr);
}

void ScreenshotTour::tour()
{
    ForumWorkspace *workspace = m_window->workspace();
    dashboardTour();
    const std::pair<ForumWorkspace::Page, const char *> pages[] = {
        {ForumWorkspace::Page::ForumSettings, "forum"},
        {ForumWorkspace::Page::Members, "members"},     {ForumWorkspace::Page::Join, "join"},
    };
    for (const auto &[page, name] : pages) {
        workspace->showPage(page);
        shoot(QString::fromLatin1(name));
    }
    // The member dialog, over the first member.
    workspace->showPage(ForumWorkspace::Page::Members);
    MembersPage *members = workspace->membersPage();
    const qint64 id = members->view()->model()->rowCount() > 0
                          ? members->view()->model()->index(0, 0).data(Qt::UserRole + 1).toLongLong()
                          : 0;
    MemberDialog *dialog = id > 0 ? members->createEditDialog(id) : members->createAddDialog();
    shootDialog(dialog, QStringLiteral("member-dialog"));
    delete dialog;
    // The new-forum dialog, as a secretariat first meets it (the computer's time zone chosen).
    NewForumDialog newForum(QDir::homePath(), m_window->document()->forum().language, m_window);
    newForum.nameEdit()->setText(QStringLiteral("Foro Multiactor de Gobierno Abierto de Arequipa"));
    shootDialog(&newForum, QStringLiteral("new-forum"));
    coCreateTour();
    implementTour();
    evaluateLearnTour();
    meetingsTour();
    largerScreen();
    mergeTour();
    emit finished(m_ok);
}

void ScreenshotTour::mergeTour()
{
    // Last, since it changes the sample: a colleague's copy that a sync program left beside the
    // forum, in which a member's organisation was changed (here too, differently) and one added.
    ForumDocument *document = m_window->document();
    ForumFile &file = document->file();
    const QString copy = QFileInfo(file.path()).absoluteDir().filePath(
        QFileInfo(file.path()).completeBaseName() + QStringLiteral(".sync-conflict-20261205-101500-ABCDEF7.ogpforum"));
    try {
        file.saveCopy(copy, ForumFile::CopyTarget::Replace);
        const QList<Member> members = Table<Member>(file).list({}, {}, QStringLiteral("id"));
        if (members.size() < 2)
            return;
        {
            auto theirs = ForumFile::open(copy);
            Member changed = members.at(0);
            changed.organization = QStringLiteral("Secretaría de Gobierno y Transformación Digital");
            Table<Member>(*theirs).update(changed);
            Member guest = members.at(1);
            guest.id = 0;
            guest.uid.clear();
            guest.name = QStringLiteral("Rosa Mamani Condori");
            guest.email.clear();
            Table<Member>(*theirs).create(guest);
        }
        Member here = members.at(0);
        here.organization = QStringLiteral("Presidencia del Consejo de Ministros");
        edit::editMember(document, members.at(0), here);
        m_window->workspace()->syncCopiesBanner()->refresh();
        m_window->workspace()->showPage(ForumWorkspace::Page::Dashboard);
        shoot(QStringLiteral("sync-copies"));
        MergeReviewDialog review(previewMerge(file, copy), m_window);
        shootDialog(&review, QStringLiteral("merge-review"));
    } catch (const StorageError &error) {
        m_ok = false;
        QTextStream(stderr) << "cannot show a merge: " << error.message() << '\n';
    }
}

void ScreenshotTour::largerScreen()
{
    // The same window on a 1440x900 screen: pages must use the room, not keep 1280x800's layout.
    ForumWorkspace *workspace = m_window->workspace();
    m_window->resize(1440, 900);
    settle();
    workspace->showPage(ForumWorkspace::Page::Dashboard);
    settleUntil([workspace] { return !workspace->dashboardPage()->isCalculating(); });
    shoot(QStringLiteral("dashboard-1440"));
    workspace->showPage(ForumWorkspace::Page::CoCreate);
    shoot(QStringLiteral("cocreate-1440"));
    workspace->showPage(ForumWorkspace::Page::Meetings);
    workspace->meetingsPage()->editor()->tabs()->setCurrentIndex(MeetingEditor::MinutesTab);
    shoot(QStringLiteral("meeting-minutes-1440"));
    m_window->resize(1280, 800);
}

} // namespace forumdesk
