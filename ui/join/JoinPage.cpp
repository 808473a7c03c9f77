// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/join/JoinPage.h"

#include "core/forum/EligibilityCheck.h"
#include "core/forum/JoiningRecord.h"
#include "core/forum/Vocabulary.h"
#include "core/storage/Table.h"
#include "ui/commands/Commands.h"
#include "ui/document/ForumDocument.h"
#include "ui/widgets/CommittingTextEdit.h"
#include "ui/widgets/OptionalDateEdit.h"
#include "ui/widgets/PageParts.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace forumdesk {

JoinPage::JoinPage(ForumDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_summary(new QLabel(this)),
      m_letter(new OptionalDateEdit(tr("Sent"), m_document->today(), this)), m_joined(new OptionalDateEdit(tr("Joined"), m_document->today(), this)),
      m_pocName(new QLineEdit(this)), m_pocInstitution(new QLineEdit(this)), m_pocEmail(new QLineEdit(this)),
      m_notes(new CommittingTextEdit(this))
{
    const bool readOnly = document->isReadOnly();
    auto *content = new QWidget(this);
    auto *column = new QVBoxLayout(content);
    auto *title = pageTitle(tr("Join OGP"), content);
    auto *intro = new QLabel(tr("To join the Open Government Partnership, a government meets the eligibility "
                                "criteria, sends a letter of intent and names a point of contact."),
                             content);
    intro->setWordWrap(true);
    column->addWidget(title);
    column->addWidget(intro);

    auto *checklist = new QGroupBox(tr("Eligibility checklist"), content);
    auto *grid = new QGridLayout(checklist);
    grid->addWidget(new QLabel(tr("Criterion met"), checklist), 0, 0);
    grid->addWidget(new QLabel(tr("Evidence (source, score or link)"), checklist), 0, 1);
    grid->addWidget(new QLabel(tr("Checked on"), checklist), 0, 2);
    int row = 1;
    for (const QString &criterion : Vocabulary::keys(Vocabulary::List::EligibilityCriterion)) {
        CriterionRow r;
        r.met = new QCheckBox(Vocabulary::label(Vocabulary::List::EligibilityCriterion, criterion), checklist);
        r.evidence = new QLineEdit(checklist);
        r.checkedOn = new OptionalDateEdit(tr("Known"), m_document->today(), checklist);
        r.met->setObjectName(criterion);
        // Named by their criterion: the columns' headings are no labels a screen reader connects.
        r.evidence->setAccessibleName(QStringLiteral("%1: %2").arg(r.met->text(), tr("Evidence (source, score or link)")));
        r.checkedOn->setFieldName(QStringLiteral("%1: %2").arg(r.met->text(), tr("Checked on")));
        r.met->setEnabled(!readOnly);
        r.evidence->setReadOnly(readOnly);
        r.checkedOn->setEnabled(!readOnly);
        grid->addWidget(r.met, row, 0);
        grid->addWidget(r.evidence, row, 1);
        grid->addWidget(r.checkedOn, row, 2);
        connect(r.met, &QCheckBox::toggled, this, [this, criterion] { commitCriterion(criterion); });
        connect(r.evidence, &QLineEdit::editingFinished, this, [this, criterion] { commitCriterion(criterion); });
        connect(r.checkedOn, &OptionalDateEdit::editingFinished, this, [this, criterion] { commitCriterion(criterion); });
        m_criteria.insert(criterion, r);
        ++row;
    }
    grid->setColumnStretch(1, 1);
    grid->addWidget(m_summary, row, 0, 1, 3);
    column->addWidget(checklist);

    auto *record = new QGroupBox(tr("Joining record"), content);
    auto *form = new QFormLayout(record);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4);
    const auto add = [&](const QString &columnName, QWidget *field) {
        field->setObjectName(columnName);
        form->addRow(tr("%1:").arg(fieldLabel<JoiningRecord>(columnName)), field);
    };
    add(QStringLiteral("letter_of_intent_on"), m_letter);
    add(QStringLiteral("joined_on"), m_joined);
    add(QStringLiteral("poc_name"), m_pocName);
    add(QStringLiteral("poc_institution"), m_pocInstitution);
    add(QStringLiteral("poc_email"), m_pocEmail);
    add(QStringLiteral("notes"), m_notes);
    column->addWidget(record);
    column->addStretch();
    content->setMaximumWidth(900);

    for (QWidget *field : std::initializer_list<QWidget *>{m_letter, m_joined})
        field->setEnabled(!readOnly);
    for (QLineEdit *edit : {m_pocName, m_pocInstitution, m_pocEmail})
        edit->setReadOnly(readOnly);
    m_notes->setReadOnly(readOnly);
    connect(m_letter, &OptionalDateEdit::editingFinished, this, [this] { commitJoining(QStringLiteral("letter_of_intent_on")); });
    connect(m_joined, &OptionalDateEdit::editingFinished, this, [this] { commitJoining(QStringLiteral("joined_on")); });
    connect(m_pocName, &QLineEdit::editingFinished, this, [this] { commitJoining(QStringLiteral("poc_name")); });
    connect(m_pocInstitution, &QLineEdit::editingFinished, this, [this] { commitJoining(QStringLiteral("poc_institution")); });
    connect(m_pocEmail, &QLineEdit::editingFinished, this, [this] { commitJoining(QStringLiteral("poc_email")); });
    connect(m_notes, &CommittingTextEdit::editingFinished, this, [this] { commitJoining(QStringLiteral("notes")); });

    fillWithScrolling(this, content);

    connect(document, &ForumDocument::changed, this, [this](const ChangeSet &changes) {
        if (changes.touches({RecordKind::EligibilityCheck, RecordKind::JoiningRecord}))
            reload();
    });
    reload();
}

QString JoinPage::summaryText() const
{
    return m_summary->text();
}

void JoinPage::reload()
{
    int met = 0;
    const QList<EligibilityCheck> checks = Table<EligibilityCheck>(m_document->file()).list();
    for (auto it = m_criteria.begin(); it != m_criteria.end(); ++it) {
        EligibilityCheck check;
        for (const EligibilityCheck &c : checks) {
            if (c.criterion == it.key())
                check = c;
        }
        const QSignalBlocker a(it->met), b(it->evidence);
        it->met->setChecked(check.met);
        if (it->evidence->text() != check.evidence) {
            it->evidence->setText(check.evidence);
            it->evidence->setCursorPosition(0);
            it->evidence->setToolTip(check.evidence);
        }
        it->checkedOn->setDate(check.checkedOn);
        met += check.met ? 1 : 0;
    }
    const int all = int(m_criteria.size());
    m_summary->setText(met == all ? tr("All %1 eligibility criteria are met.").arg(all)
                                  : tr("%1 of %2 eligibility criteria met.").arg(met).arg(all));

    const JoiningRecord record = Table<JoiningRecord>(m_document->file()).find(1).value_or(JoiningRecord());
    m_letter->setDate(record.letterOfIntentOn);
    m_joined->setDate(record.joinedOn);
    showQuietly(m_pocName, record.pocName);
    showQuietly(m_pocInstitution, record.pocInstitution);
    showQuietly(m_pocEmail, record.pocEmail);
    showQuietly(m_notes, record.notes);
}

void JoinPage::commitCriterion(const QString &criterion)
{
    if (m_document->isReadOnly())
        return;
    const CriterionRow &row = m_criteria[criterion];
    const auto existing = Table<EligibilityCheck>(m_document->file()).list(QStringLiteral("criterion = ?"), {criterion});
    std::optional<EligibilityCheck> before;
    if (!existing.isEmpty())
        before = existing.first();
    EligibilityCheck after = before.value_or(EligibilityCheck());
    after.criterion = criterion;
    after.met = row.met->isChecked();
    after.evidence = row.evidence->text().trimmed();
    after.checkedOn = row.checkedOn->date();
    if (after.met && !after.checkedOn.isValid() && (!before || !before->met))
        after.checkedOn = m_document->today();
    const EligibilityCheck old = before.value_or(EligibilityCheck());
    if (before && old.met == after.met && old.evidence == after.evidence && old.checkedOn == after.checkedOn)
        return;
    if (!before && !after.met && after.evidence.isEmpty() && !after.checkedOn.isValid())
        return;
    try {
        Table<EligibilityCheck>(m_document->file()).validate(after);
    } catch (const ValidationError &error) {
        m_document->reportFailure(error.message());
        reload();
        return;
    }
    edit::checkEligibility(m_document, before, after);
}

void JoinPage::commitJoining(const QString &column)
{
    if (m_document->isReadOnly())
        return;
    const std::optional<JoiningRecord> before = Table<JoiningRecord>(m_document->file()).find(1);
    JoiningRecord after = before.value_or(JoiningRecord());
    after.id = 1; // the single joining record
    after.letterOfIntentOn = m_letter->date();
    after.joinedOn = m_joined->date();
    after.pocName = m_pocName->text().trimmed();
    after.pocInstitution = m_pocInstitution->text().trimmed();
    after.pocEmail = m_pocEmail->text().trimmed();
    after.notes = m_notes->toPlainText().trimmed();
    const JoiningRecord old = before.value_or(JoiningRecord());
    if (old.letterOfIntentOn == after.letterOfIntentOn && old.joinedOn == after.joinedOn
        && old.pocName == after.pocName && old.pocInstitution == after.pocInstitution
        && old.pocEmail == after.pocEmail && old.notes == after.notes)
        return;
    try {
        Table<JoiningRecord>(m_document->file()).validate(after);
    } catch (const ValidationError &error) {
        m_document->reportFailure(error.message());
        reload();
        return;
    }
    edit::editJoining(m_document, before, after, fieldLabel<JoiningRecord>(column));
}

} // namespace forumdesk
