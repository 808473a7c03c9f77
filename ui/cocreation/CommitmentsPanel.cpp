// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/cocreation/CommitmentsPanel.h"

#include "core/i18n/DateText.h"
#include "ui/document/ForumDocument.h"
#include "core/cocreation/Contribution.h"
#include "core/cocreation/ContributionLinks.h"
#include "ui/commands/Commands.h"
#include "ui/widgets/DateEdit.h"
#include "core/forum/Vocabulary.h"
#include "core/learning/PracticeLibrary.h"
#include "core/plans/CommitmentReview.h"
#include "core/plans/MilestoneOrder.h"
#include "core/storage/Table.h"
#include "ui/widgets/CommittingTextEdit.h"
#include "ui/widgets/FieldMessage.h"
#include "ui/widgets/OptionalDateEdit.h"
#include "ui/widgets/PageParts.h"
#include "ui/widgets/ReloadWhenShown.h"
#include "ui/widgets/Colours.h"

#include <QCheckBox>
#include <QColor>
#include <QKeyEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <vector>

namespace forumdesk {

namespace {

template <class T>
bool sameRecord(const T &a, const T &b)
{
    for (const auto &f : T::schema().fields) {
        if (f.load(a) != f.load(b))
            return false;
    }
    return true;
}

CommittingTextEdit *textField(QWidget *parent)
{
    auto *edit = new CommittingTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(64);
    return edit;
}


} // namespace

CommitmentsPanel::CommitmentsPanel(ForumDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_list(new QListWidget(this)),
      m_add(new QPushButton(tr("&New Commitment"), this)), m_remove(new QPushButton(tr("Remove"), this)),
      m_form(new QWidget), m_number(new QLineEdit), m_title(new QLineEdit),
      m_start(new OptionalDateEdit(tr("Starts"), m_document->today())), m_end(new OptionalDateEdit(tr("Ends"), m_document->today())), m_lead(new QLineEdit),
      m_supportingGovernment(textField(nullptr)), m_supportingOther(textField(nullptr)), m_problem(textField(nullptr)),
      m_statusQuo(textField(nullptr)), m_description(textField(nullptr)), m_solution(textField(nullptr)),
      m_brief(textField(nullptr)), m_causes(textField(nullptr)), m_expectedResults(textField(nullptr)),
      m_transparency(textField(nullptr)), m_accountability(textField(nullptr)), m_participation(textField(nullptr)),
      m_contactName(new QLineEdit), m_contactTitle(new QLineEdit), m_contactEmail(new QLineEdit), m_contactPhone(new QLineEdit),
      m_budget(new QLineEdit), m_links(textField(nullptr)), m_practices(new QListWidget), m_message(new FieldMessage),
      m_gaps(new QListWidget), m_milestoneTable(new QTableWidget), m_addMilestone(new QPushButton(tr("Add Milestone"))),
      m_removeMilestone(new QPushButton(tr("Remove Milestone"))), m_up(new QPushButton(tr("Move Up"))),
      m_down(new QPushButton(tr("Move Down"))), m_fedBy(new QListWidget)
{
    m_reload = new ReloadWhenShown(this, [this] { refresh(); });
    m_list->setObjectName(QStringLiteral("commitments"));
    m_list->setAccessibleName(tr("Commitments"));
    m_list->setWordWrap(true); // long commitment titles wrap rather than scroll sideways
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_gaps->setObjectName(QStringLiteral("templateGaps"));
    m_gaps->setAccessibleName(tr("What the template still needs"));
    m_gaps->setMaximumHeight(90);
    m_fedBy->setObjectName(QStringLiteral("fedBy"));
    m_fedBy->setAccessibleName(tr("Contributions that fed this commitment"));
    m_fedBy->setMaximumHeight(110);
    m_milestoneTable->setObjectName(QStringLiteral("milestones"));
    m_milestoneTable->setAccessibleName(tr("Milestones"));
    m_practices->setObjectName(QStringLiteral("citedPractices"));
    m_practices->setAccessibleName(tr("Reference practices that inspired it"));
    m_practices->setToolTip(tr("Tick the practices of the reference library that inspired this commitment"));
    m_practices->setFixedHeight(m_practices->fontMetrics().lineSpacing() * 9);
    for (const QString &frontier : PracticeLibrary::frontiers()) {
        // Each frontier's name heads its practices; it cannot be ticked itself.
        auto *heading = new QListWidgetItem(PracticeLibrary::frontierLabel(frontier), m_practices);
        heading->setFlags(Qt::ItemIsEnabled);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        for (const Practice *practice : PracticeLibrary::inFrontier(frontier)) {
            auto *item = new QListWidgetItem(PracticeLibrary::label(*practice), m_practices);
            item->setData(Qt::UserRole, QString::fromLatin1(practice->key));
            item->setToolTip(PracticeLibrary::summary(*practice));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }

    const QStringList valueNames{tr("Access to information"), tr("Civic participation"), tr("Public accountability"),
                                 tr("Technology and innovation")};
    auto *values = new QGridLayout;
    for (int i = 0; i < valueNames.size(); ++i) {
        auto *box = new QCheckBox(valueNames.at(i));
        m_values << box;
        values->addWidget(box, i / 2, i % 2);
        connect(box, &QCheckBox::toggled, this, &CommitmentsPanel::commitEdit);
    }
    m_values.last()->setToolTip(tr("OGP counts technology and innovation only together with one of the other three values"));
    auto *frontiers = new QGridLayout;
    int index = 0;
    for (const QString &key : Vocabulary::keys(Vocabulary::List::Frontier)) {
        auto *box = new QCheckBox(Vocabulary::label(Vocabulary::List::Frontier, key));
        m_frontiers.insert(key, box);
        frontiers->addWidget(box, index, 0); // one column: the labels are long, in Spanish above all
        ++index;
        connect(box, &QCheckBox::toggled, this, &CommitmentsPanel::commitEdit);
    }

    auto *policyAreas = new QGridLayout;
    index = 0;
    for (const QString &key : Vocabulary::keys(Vocabulary::List::PolicyArea)) {
        auto *box = new QCheckBox(Vocabulary::label(Vocabulary::List::PolicyArea, key));
        m_policyAreas.insert(key, box);
        policyAreas->addWidget(box, index / 2, index % 2);
        ++index;
        connect(box, &QCheckBox::toggled, this, &CommitmentsPanel::commitEdit);
    }
    m_brief->setObjectName(QStringLiteral("briefDescription"));
    m_brief->setToolTip(tr("One or two sentences that say what the commitment will do (at most %n characters)", nullptr,
                           Commitment::kBriefDescriptionChars));
    m_contactName->setPlaceholderText(tr("Name"));
    m_contactTitle->setPlaceholderText(tr("Title and department"));
    m_contactEmail->setPlaceholderText(tr("E-mail"));
    m_contactPhone->setPlaceholderText(tr("Phone"));
    m_contactName->setAccessibleName(tr("Contact person's name"));
    m_contactTitle->setAccessibleName(tr("Contact person's title and department"));
    m_contactEmail->setAccessibleName(tr("Contact person's e-mail"));
    m_contactPhone->setAccessibleName(tr("Contact person's phone"));
    auto *contact = new QGridLayout;
    contact->addWidget(m_contactName, 0, 0);
    contact->addWidget(m_contactTitle, 0, 1);
    contact->addWidget(m_contactEmail, 1, 0);
    contact->addWidget(m_contactPhone, 1, 1);

    setUpTable(m_milestoneTable, {tr("Activity"), tr("Deliverable"), tr("Responsible"), tr("Start"), tr("End"), tr("Weight")});
    m_milestoneTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                      | QAbstractItemView::AnyKeyPressed);
    m_milestoneTable->setMinimumHeight(140);
    m_milestoneTable->setToolTip(tr("Double-click a cell, or press F2, to change it; Tab moves to the next cell; "
                                    "Delete empties a date"));
    m_milestoneTable->installEventFilter(this);
    m_dateCells = new DateDelegate(m_milestoneTable);
    auto *dateCells = m_dateCells;
    m_milestoneTable->setItemDelegateForColumn(Start, dateCells);
    m_milestoneTable->setItemDelegateForColumn(End, dateCells);

    // The form follows OGP's commitment template, section by section.
    auto *form = new QFormLayout;
    const auto section = [form](const QString &title) {
        auto *label = new QLabel(title);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        label->setContentsMargins(0, 8, 0, 0);
        form->addRow(label);
    };
    form->addRow(tr("N&umber:"), m_number);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Brie&f description:"), m_brief);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_start);
    dates->addWidget(m_end);
    dates->addStretch(1);
    form->addRow(tr("Dates:"), dates);
    form->addRow(tr("&Lead implementing agency:"), m_lead);
    form->addRow(tr("Contact person:"), contact);
    form->addRow(tr("Supporting actors (government):"), m_supportingGovernment);
    form->addRow(tr("Supporting actors (civil society, others):"), m_supportingOther);
    form->addRow(tr("Policy areas:"), policyAreas);
    section(tr("Problem definition"));
    form->addRow(tr("The public &problem:"), m_problem);
    form->addRow(tr("Its causes:"), m_causes);
    section(tr("Commitment description"));
    form->addRow(tr("Done so far (status &quo):"), m_statusQuo);
    form->addRow(tr("The solution (the &commitment):"), m_description);
    form->addRow(tr("How it &solves the problem:"), m_solution);
    form->addRow(tr("&Expected results:"), m_expectedResults);
    section(tr("Commitment analysis"));
    form->addRow(tr("OGP values:"), values);
    form->addRow(tr("How it promotes transparency:"), m_transparency);
    form->addRow(tr("How it fosters accountability:"), m_accountability);
    form->addRow(tr("How it improves participation:"), m_participation);
    section(tr("Further information"));
    form->addRow(tr("&Budget:"), m_budget);
    form->addRow(tr("Links to other plans and SDGs:"), m_links);
    form->addRow(tr("Frontiers (the forum's own tags):"), frontiers);
    form->addRow(tr("Inspired by practices:"), m_practices);
    form->addRow(QString(), m_message);

    auto *milestoneButtons = new QHBoxLayout;
    milestoneButtons->addStretch(1);
    milestoneButtons->addWidget(m_up);
    milestoneButtons->addWidget(m_down);
    milestoneButtons->addWidget(m_removeMilestone);
    milestoneButtons->addWidget(m_addMilestone);

    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->addWidget(new QLabel(tr("What the commitment still lacks on OGP's template:")));
    formLayout->addWidget(m_gaps);
    formLayout->addLayout(form);
    auto *milestonesBox = new QGroupBox(tr("Milestones"));
    auto *milestonesLayout = new QVBoxLayout(milestonesBox);
    milestonesLayout->addWidget(m_milestoneTable);
    milestonesLayout->addLayout(milestoneButtons);
    formLayout->addWidget(milestonesBox);
    auto *fedBox = new QGroupBox(tr("Contributions that fed this commitment"));
    auto *fedLayout = new QVBoxLayout(fedBox);
    fedLayout->addWidget(m_fedBy);
    formLayout->addWidget(fedBox);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_form);

    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_remove);
    listButtons->addWidget(m_add);
    listLayout->addLayout(listButtons);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(listSide);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({260, 780});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    for (QLineEdit *edit : {m_number, m_title, m_lead, m_budget, m_contactName, m_contactTitle, m_contactEmail, m_contactPhone})
        connect(edit, &QLineEdit::editingFinished, this, &CommitmentsPanel::commitEdit);
    for (CommittingTextEdit *edit : {m_supportingGovernment, m_supportingOther, m_problem, m_statusQuo, m_description,
                                     m_solution, m_links, m_brief, m_causes, m_expectedResults, m_transparency,
                                     m_accountability, m_participation})
        connect(edit, &CommittingTextEdit::editingFinished, this, &CommitmentsPanel::commitEdit);
    for (OptionalDateEdit *edit : {m_start, m_end})
        connect(edit, &OptionalDateEdit::editingFinished, this, &CommitmentsPanel::commitEdit);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            setCommitment(m_list->item(row)->data(Qt::UserRole).toLongLong());
    });
    connect(m_add, &QPushButton::clicked, this, &CommitmentsPanel::addCommitment);
    connect(m_remove, &QPushButton::clicked, this, &CommitmentsPanel::removeCommitment);
    connect(m_addMilestone, &QPushButton::clicked, this, &CommitmentsPanel::addMilestone);
    connect(m_removeMilestone, &QPushButton::clicked, this, &CommitmentsPanel::removeMilestone);
    connect(m_up, &QPushButton::clicked, this, [this] { moveMilestone(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveMilestone(1); });
    connect(m_milestoneTable, &QTableWidget::itemChanged, this, &CommitmentsPanel::milestoneEdited);
    connect(m_practices, &QListWidget::itemChanged, this, &CommitmentsPanel::citePractices);
    connect(document, &ForumDocument::currentPlanChanged, this, [this] {
        m_commitmentId = 0;
        refreshWhenShown();
    });
    connect(document, &ForumDocument::changed, this, [this](const ChangeSet &changes) {
        if (changes.touches({RecordKind::Commitment, RecordKind::Milestone, RecordKind::Contribution,
                             RecordKind::ContributionLink, RecordKind::ActionPlan, RecordKind::PracticeCitation}))
            refreshWhenShown();
    });
    refresh();
}

CommitmentsPanel::~CommitmentsPanel()
{
    // A cell editor still open commits as it is destroyed with the table: by then this panel's
    // members are gone, so the table no longer reports to it.
    disconnect(m_milestoneTable, nullptr, this, nullptr);
    m_milestoneTable->removeEventFilter(this);
}

void CommitmentsPanel::refreshWhenShown()
{
    m_reload->request();
}

void CommitmentsPanel::refresh()
{
    ForumFile &file = m_document->file();
    const qint64 planId = m_document->currentPlanId();
    const QList<Commitment> all = planId > 0
        ? Table<Commitment>(file).list(QStringLiteral("plan_id = ?"), {planId}, Commitment::planOrder())
        : QList<Commitment>();
    if (m_commitmentId > 0 && !std::any_of(all.begin(), all.end(), [this](const Commitment &c) { return c.id == m_commitmentId; }))
        m_commitmentId = 0;
    if (m_commitmentId == 0 && !all.isEmpty())
        m_commitmentId = all.first().id;
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const Commitment &c : all) {
            auto *item = new QListWidgetItem(c.number.isEmpty() ? c.title : tr("%1. %2").arg(c.number, c.title), m_list);
            item->setData(Qt::UserRole, c.id);
            item->setToolTip(c.title);
            if (c.id == m_commitmentId)
                m_list->setCurrentItem(item);
        }
    }
    const bool writable = !m_document->isReadOnly();
    m_add->setEnabled(writable && planId > 0);
    m_remove->setEnabled(writable && m_commitmentId > 0);
    showCommitment();
}

void CommitmentsPanel::setCommitment(qint64 id)
{
    if (id == m_commitmentId)
        return;
    m_commitmentId = id;
    m_message->clearMessage();
    refresh();
}

void CommitmentsPanel::showCommitment()
{
    ForumFile &file = m_document->file();
    const auto found = m_commitmentId > 0 ? Table<Commitment>(file).find(m_commitmentId) : std::nullopt;
    m_form->setEnabled(found.has_value() && !m_document->isReadOnly());
    m_current = found.value_or(Commitment());
    const Commitment &c = m_current;
    const QList<QObject *> fields{m_number, m_title, m_start, m_end, m_lead, m_supportingGovernment, m_supportingOther,
                                  m_problem, m_statusQuo, m_description, m_solution, m_budget, m_links, m_milestoneTable,
                                  m_practices, m_brief, m_causes, m_expectedResults, m_transparency, m_accountability,
                                  m_participation, m_contactName, m_contactTitle, m_contactEmail, m_contactPhone};
    std::vector<QSignalBlocker> blockers;
    blockers.reserve(32);
    for (QObject *field : fields)
        blockers.emplace_back(field);
    for (QCheckBox *box : std::as_const(m_values))
        blockers.emplace_back(box);
    for (QCheckBox *box : std::as_const(m_frontiers))
        blockers.emplace_back(box);
    for (QCheckBox *box : std::as_const(m_policyAreas))
        blockers.emplace_back(box);

    showQuietly(m_number, c.number);
    showQuietly(m_title, c.title);
    m_start->setDate(c.startOn);
    m_end->setDate(c.endOn);
    showQuietly(m_lead, c.leadAgency);
    showQuietly(m_supportingGovernment, c.supportingGovernment);
    showQuietly(m_supportingOther, c.supportingOther);
    showQuietly(m_problem, c.problem);
    showQuietly(m_statusQuo, c.statusQuo);
    showQuietly(m_description, c.description);
    showQuietly(m_solution, c.solution);
    showQuietly(m_brief, c.briefDescription);
    showQuietly(m_causes, c.causes);
    showQuietly(m_expectedResults, c.expectedResults);
    showQuietly(m_transparency, c.advancesTransparency);
    showQuietly(m_accountability, c.advancesAccountability);
    showQuietly(m_participation, c.advancesParticipation);
    showQuietly(m_contactName, c.contactName);
    showQuietly(m_contactTitle, c.contactTitle);
    showQuietly(m_contactEmail, c.contactEmail);
    showQuietly(m_contactPhone, c.contactPhone);
    for (auto it = m_policyAreas.cbegin(); it != m_policyAreas.cend(); ++it)
        it.value()->setChecked(c.policyAreas.contains(it.key()));
    m_values[0]->setChecked(c.valueAccessInformation);
    m_values[1]->setChecked(c.valueCivicParticipation);
    m_values[2]->setChecked(c.valuePublicAccountability);
    m_values[3]->setChecked(c.valueTechnologyInnovation);
    showQuietly(m_budget, c.budget);
    showQuietly(m_links, c.linksOtherPlans);
    for (auto it = m_frontiers.cbegin(); it != m_frontiers.cend(); ++it)
        it.value()->setChecked(c.frontiers.contains(it.key()));
    // A file of the first format, open read-only, has no citations to show or change.
    m_cited = found ? PracticeLibrary::citations(file, c.id) : QStringList();
    m_practices->setEnabled(PracticeLibrary::holdsCitations(file));
    for (int row = 0; row < m_practices->count(); ++row) {
        QListWidgetItem *item = m_practices->item(row);
        const QString key = item->data(Qt::UserRole).toString();
        if (!key.isEmpty())
            item->setCheckState(m_cited.contains(key) ? Qt::Checked : Qt::Unchecked);
    }

    m_gaps->clear();
    m_fedBy->clear();
    if (!found) {
        m_milestoneRows.clear();
        m_milestoneTable->setRowCount(0);
        m_up->setEnabled(false);
        m_down->setEnabled(false);
        m_removeMilestone->setEnabled(false);
        return;
    }
    // What is missing in the warning's brown; good news in green, with a tick, not as a warning.
    for (const TemplateGap &gap : CommitmentReview::gaps(file, c.id)) {
        auto *item = new QListWidgetItem(gap.message, m_gaps);
        item->setData(Qt::UserRole, gap.field);
        item->setForeground(colours::text(colours::Tone::Caution));
    }
    if (m_gaps->count() == 0) {
        auto *done = new QListWidgetItem(tr("✓ Nothing: every field of the template is filled."), m_gaps);
        done->setForeground(colours::text(colours::Tone::Good));
    }

    // An empty date cell's editor starts at the commitment's start (or the forum's today).
    m_dateCells->setSuggested(c.startOn.isValid() ? c.startOn : m_document->today());
    showMilestones(MilestoneOrder::of(file, c.id));
    const bool writable = !m_document->isReadOnly();
    m_addMilestone->setEnabled(writable);
    m_removeMilestone->setEnabled(writable && !m_milestoneRows.isEmpty());
    m_up->setEnabled(writable && m_milestoneRows.size() > 1);
    m_down->setEnabled(writable && m_milestoneRows.size() > 1);

    const QList<qint64> fed = ContributionLinks::contributionsOf(file, c.id);
    for (qint64 id : fed) {
        const auto contribution = Table<Contribution>(file).find(id);
        if (!contribution)
            continue;
        const QString who = contribution->author.isEmpty() ? contribution->organization : contribution->author;
        auto *item = new QListWidgetItem(tr("%1 · %2 · %3: %4")
                                             .arg(dayText(contribution->receivedOn), who,
                                                  Vocabulary::label(Vocabulary::List::ContributionStatus, contribution->status),
                                                  edit::brief(contribution->text, 90)),
                                         m_fedBy);
        item->setToolTip(contribution->text);
        item->setData(Qt::UserRole, id);
    }
    if (fed.isEmpty())
        new QListWidgetItem(tr("No contribution is linked to this commitment yet."), m_fedBy);
}

Commitment CommitmentsPanel::formCommitment() const
{
    Commitment c = m_current;
    c.number = m_number->text().trimmed();
    c.title = m_title->text().trimmed();
    c.startOn = m_start->date();
    c.endOn = m_end->date();
    c.leadAgency = m_lead->text().trimmed();
    c.supportingGovernment = m_supportingGovernment->toPlainText().trimmed();
    c.supportingOther = m_supportingOther->toPlainText().trimmed();
    c.problem = m_problem->toPlainText().trimmed();
    c.statusQuo = m_statusQuo->toPlainText().trimmed();
    c.description = m_description->toPlainText().trimmed();
    c.solution = m_solution->toPlainText().trimmed();
    c.briefDescription = m_brief->toPlainText().trimmed();
    c.causes = m_causes->toPlainText().trimmed();
    c.expectedResults = m_expectedResults->toPlainText().trimmed();
    c.advancesTransparency = m_transparency->toPlainText().trimmed();
    c.advancesAccountability = m_accountability->toPlainText().trimmed();
    c.advancesParticipation = m_participation->toPlainText().trimmed();
    c.contactName = m_contactName->text().trimmed();
    c.contactTitle = m_contactTitle->text().trimmed();
    c.contactEmail = m_contactEmail->text().trimmed();
    c.contactPhone = m_contactPhone->text().trimmed();
    QStringList areas;
    for (const QString &key : Vocabulary::keys(Vocabulary::List::PolicyArea))
        if (m_policyAreas.value(key)->isChecked())
            areas << key;
    c.policyAreas = areas;
    c.valueAccessInformation = m_values[0]->isChecked();
    c.valueCivicParticipation = m_values[1]->isChecked();
    c.valuePublicAccountability = m_values[2]->isChecked();
    c.valueTechnologyInnovation = m_values[3]->isChecked();
    c.budget = m_budget->text().trimmed();
    c.linksOtherPlans = m_links->toPlainText().trimmed();
    QStringList frontiers;
    for (auto it = m_frontiers.cbegin(); it != m_frontiers.cend(); ++it) {
        if (it.value()->isChecked())
            frontiers << it.key();
    }
    c.frontiers = frontiers;
    return c;
}

void CommitmentsPanel::commitEdit()
{
    if (m_commitmentId <= 0 || m_document->isReadOnly())
        return;
    const Commitment after = formCommitment();
    if (sameRecord(after, m_current))
        return;
    m_message->clearMessage();
    try {
        Table<Commitment>(m_document->file()).validate(after);
    } catch (const ValidationError &error) {
        m_message->showMessage(userMessage(error));
        return;
    }
    edit::editCommitment(m_document, m_current, after);
}

qint64 CommitmentsPanel::addCommitment()
{
    const qint64 planId = m_document->currentPlanId();
    if (planId <= 0 || m_document->isReadOnly())
        return 0;
    Commitment c;
    c.planId = planId;
    c.number = QString::number(Table<Commitment>(m_document->file()).count(QStringLiteral("plan_id = ?"), {planId}) + 1);
    c.title = tr("New commitment");
    const qint64 id = edit::addCommitment(m_document, c);
    if (id <= 0)
        return 0;
    setCommitment(id);
    m_title->setFocus();
    m_title->selectAll();
    return m_commitmentId;
}

void CommitmentsPanel::removeCommitment()
{
    if (m_commitmentId <= 0 || m_document->isReadOnly())
        return;
    edit::removeCommitment(m_document, m_current);
}

qint64 CommitmentsPanel::addMilestone()
{
    if (m_commitmentId <= 0 || m_document->isReadOnly())
        return 0;
    Milestone m;
    m.commitmentId = m_commitmentId;
    m.position = int(m_milestoneRows.size());
    m.activity = tr("New activity");
    return edit::addMilestone(m_document, m);
}

void CommitmentsPanel::removeMilestone()
{
    const int row = m_milestoneTable->currentRow();
    if (row < 0 || row >= m_milestoneRows.size() || m_document->isReadOnly())
        return;
    edit::removeMilestone(m_document, m_milestoneRows.at(row));
}

void CommitmentsPanel::moveMilestone(int delta)
{
    const int row = m_milestoneTable->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_milestoneRows.size() || m_document->isReadOnly())
        return;
    const int column = std::max(0, m_milestoneTable->currentColumn());
    edit::moveMilestone(m_document, m_milestoneRows.at(row), to);
    m_milestoneTable->setCurrentCell(to, column);
}

void CommitmentsPanel::showMilestones(const QList<Milestone> &rows)
{
    // The table's items are updated in place, never rebuilt while the same milestones are shown:
    // an edit saved with Tab then opens the next cell's editor on an item that still exists, and
    // the text being typed in another cell, the selection and the scroll position all stay.
    const QSignalBlocker blocker(m_milestoneTable);
    const bool sameRows = rows.size() == m_milestoneRows.size()
        && std::equal(rows.cbegin(), rows.cend(), m_milestoneRows.cbegin(),
                      [](const Milestone &a, const Milestone &b) { return a.id == b.id; });
    m_milestoneRows = rows;
    if (!sameRows) {
        // Other milestones, or in another order: the rows are made anew, which closes an open
        // editor rather than leave it over a row that now holds another milestone.
        m_milestoneTable->setRowCount(0);
        m_milestoneTable->setRowCount(int(rows.size()));
    }
    // An open editor is the view's widget at its index.
    const QModelIndex current = m_milestoneTable->currentIndex();
    const QModelIndex editing = current.isValid() && m_milestoneTable->indexWidget(current) ? current : QModelIndex();
    const auto put = [&](int row, int column, const QVariant &value) {
        if (sameRows && editing.isValid() && editing.row() == row && editing.column() == column)
            return; // the cell being edited keeps what is being typed
        QTableWidgetItem *item = m_milestoneTable->item(row, column);
        if (!item) {
            item = new QTableWidgetItem;
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
            m_milestoneTable->setItem(row, column, item);
        }
        if (item->data(Qt::EditRole) != value)
            item->setData(Qt::EditRole, value);
    };
    for (int row = 0; row < rows.size(); ++row) {
        const Milestone &m = rows.at(row);
        if (!sameRows)
            m_milestoneTable->setVerticalHeaderItem(row, new QTableWidgetItem(QString::number(row + 1)));
        for (int column : {Activity, Deliverable, Responsible, Start, End, Weight})
            put(row, column, cellValue(m, column));
    }
}

QVariant CommitmentsPanel::cellValue(const Milestone &m, int column)
{
    switch (column) {
    case Activity: return m.activity;
    case Deliverable: return m.deliverable;
    case Responsible: return m.responsible;
    case Start: return m.startOn.isValid() ? QVariant(m.startOn) : QVariant(QString());
    case End: return m.endOn.isValid() ? QVariant(m.endOn) : QVariant(QString());
    case Weight: return QLocale().toString(m.weight);
    }
    return {};
}

bool CommitmentsPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Delete or Backspace on a date cell (not being edited) empties it: a date editor always
    // holds a date, and a milestone's dates may be left open.
    if (watched == m_milestoneTable && event->type() == QEvent::KeyPress && !m_document->isReadOnly()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QModelIndex current = m_milestoneTable->currentIndex();
        if ((key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) && current.isValid()
            && (current.column() == Start || current.column() == End) && !m_milestoneTable->indexWidget(current)) {
            if (QTableWidgetItem *item = m_milestoneTable->item(current.row(), current.column()))
                item->setData(Qt::EditRole, QString());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CommitmentsPanel::milestoneEdited(QTableWidgetItem *item)
{
    const int row = item->row();
    if (row < 0 || row >= m_milestoneRows.size())
        return;
    const Milestone before = m_milestoneRows.at(row);
    Milestone after = before;
    const QString text = item->text().trimmed();
    QString problem;
    switch (item->column()) {
    case Activity: after.activity = text; break;
    case Deliverable: after.deliverable = text; break;
    case Responsible: after.responsible = text; break;
    case Start:
    case End: {
        // The date editor gives a date; an emptied cell clears it.
        const QVariant value = item->data(Qt::EditRole);
        const QDate date = value.toDate();
        if (!date.isValid() && !value.toString().trimmed().isEmpty())
            problem = tr("“%1” is not a date: choose one in the calendar.").arg(value.toString().trimmed());
        (item->column() == Start ? after.startOn : after.endOn) = date;
        break;
    }
    case Weight: {
        bool ok = false;
        const double weight = QLocale().toDouble(text, &ok);
        after.weight = ok ? weight : text.toDouble(&ok);
        if (!ok)
            problem = tr("“%1” is not a number.").arg(text);
        break;
    }
    }
    if (problem.isEmpty() && after.startOn.isValid() && after.endOn.isValid() && after.endOn < after.startOn)
        problem = tr("A milestone cannot end before it starts.");
    if (problem.isEmpty()) {
        try {
            Table<Milestone>(m_document->file()).validate(after);
        } catch (const ValidationError &error) {
            problem = userMessage(error);
        }
    }
    if (!problem.isEmpty()) {
        m_message->showMessage(problem);
        // The cell shows the saved value again, also while its editor is still open (Tab).
        const QSignalBlocker blocker(m_milestoneTable);
        item->setData(Qt::EditRole, cellValue(before, item->column()));
        return;
    }
    m_message->clearMessage();
    if (!sameRecord(before, after))
        edit::editMilestone(m_document, before, after);
}

QStringList CommitmentsPanel::checkedPractices() const
{
    QStringList keys;
    for (int row = 0; row < m_practices->count(); ++row) {
        const QListWidgetItem *item = m_practices->item(row);
        const QString key = item->data(Qt::UserRole).toString();
        if (!key.isEmpty() && item->checkState() == Qt::Checked)
            keys << key;
    }
    return keys;
}

void CommitmentsPanel::citePractices()
{
    if (m_commitmentId <= 0 || m_document->isReadOnly())
        return;
    const QStringList keys = checkedPractices();
    if (keys == m_cited)
        return;
    edit::citePractices(m_document, m_current, m_cited, keys);
}

QString CommitmentsPanel::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

} // namespace forumdesk
