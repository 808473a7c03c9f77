// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluation/AssessmentDialog.h"

#include "core/forum/ForumClock.h"
#include "core/evaluation/AssessmentRating.h"
#include "core/forum/Vocabulary.h"
#include "core/forum/VocabularyKeys.h"
#include "core/storage/StorageError.h"
#include "core/storage/Table.h"
#include "ui/widgets/FieldMessage.h"
#include "ui/widgets/OptionalDateEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace forumdesk {

namespace {

// A scale the assessor may leave unrated: "Not assessed" first, then the scale's own steps.
void fillScale(QComboBox *box, Vocabulary::List list, const QString &current)
{
    box->addItem(QCoreApplication::translate("forumdesk::AssessmentDialog", "Not assessed"), QString());
    for (const QString &key : Vocabulary::keys(list))
        box->addItem(Vocabulary::label(list, key), key);
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

} // namespace

AssessmentDialog::AssessmentDialog(ForumFile &file, const Assessment &assessment, const QString &commitmentTitle,
                                   QWidget *parent)
    : QDialog(parent), m_file(file), m_original(assessment), m_verifiable(new QComboBox(this)),
      m_results(new QComboBox(this)), m_impact(new QComboBox(this)), m_completion(new QComboBox(this)),
      m_opened(new QComboBox(this)), m_date(new OptionalDateEdit(tr("Assessed on"), ForumClock::of(m_file).today(), this)),
      m_notes(new QPlainTextEdit(this)), m_starred(new QLabel(this)), m_message(new FieldMessage(this))
{
    const bool irm = assessment.source == key::AssessmentSource::Irm;
    setWindowTitle(irm ? tr("IRM Assessment") : tr("Self-Assessment"));
    auto *commitment = new QLabel(commitmentTitle, this);
    commitment->setWordWrap(true);
    commitment->setTextFormat(Qt::PlainText);
    auto *source = new QLabel(irm ? tr("The Independent Reporting Mechanism's assessment, as its report gives it")
                                  : tr("The forum's own assessment, for the end-of-term self-assessment report"),
                              this);
    source->setWordWrap(true);

    m_verifiable->addItem(tr("Verifiable"), true);
    m_verifiable->addItem(tr("Not verifiable"), false);
    m_verifiable->setCurrentIndex(assessment.verifiable ? 0 : 1);

    const QStringList valueNames{tr("Access to information"), tr("Civic participation"), tr("Public accountability"),
                                 tr("Technology and innovation")};
    const bool flags[] = {assessment.relevanceAccessInformation, assessment.relevanceCivicParticipation,
                          assessment.relevancePublicAccountability, assessment.relevanceTechnologyInnovation};
    auto *values = new QGridLayout;
    for (int i = 0; i < valueNames.size(); ++i) {
        auto *box = new QCheckBox(valueNames.at(i), this);
        box->setChecked(flags[i]);
        m_relevance << box;
        values->addWidget(box, i / 2, i % 2);
        connect(box, &QCheckBox::toggled, this, &AssessmentDialog::updateRelevance);
    }
    m_relevance.last()->setToolTip(tr("OGP counts technology and innovation only together with one of the other three values"));

    fillScale(m_results, Vocabulary::List::PotentialResults, assessment.potentialResults);
    fillScale(m_impact, Vocabulary::List::PotentialImpact, assessment.potentialImpact);
    m_impact->setToolTip(tr("The IRM's older scale, used for starred commitments and for plans before 2021"));
    fillScale(m_completion, Vocabulary::List::Completion, assessment.completion);
    fillScale(m_opened, Vocabulary::List::OpenedGovernment, assessment.openedGovernment);
    m_date->setDate(assessment.assessedOn);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4);
    m_notes->setPlaceholderText(irm ? tr("What the IRM found, and its recommendations")
                                    : tr("The results, and the evidence behind this assessment"));
    m_notes->setPlainText(assessment.notes);
    m_starred->setObjectName(QStringLiteral("starredPreview"));
    m_starred->setWordWrap(true);
    m_starred->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->addRow(tr("Commitment:"), commitment);
    form->addRow(QString(), source);
    form->addRow(tr("&Verifiability:"), m_verifiable);
    form->addRow(tr("Relevant to:"), values);
    form->addRow(tr("Potential for &results:"), m_results);
    form->addRow(tr("Potential &impact:"), m_impact);
    form->addRow(tr("&Completion:"), m_completion);
    form->addRow(tr("Did it &open government?"), m_opened);
    form->addRow(tr("Date:"), m_date);
    form->addRow(tr("&Notes:"), m_notes);
    form->addRow(tr("Starred:"), m_starred);
    form->addRow(QString(), m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AssessmentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AssessmentDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    for (QComboBox *box : {m_verifiable, m_results, m_impact, m_completion, m_opened})
        connect(box, &QComboBox::currentIndexChanged, this, &AssessmentDialog::updateStarred);
    updateRelevance();
}

Assessment AssessmentDialog::assessment() const
{
    Assessment a = m_original;
    a.verifiable = m_verifiable->currentData().toBool();
    a.relevanceAccessInformation = m_relevance[AccessInformation]->isChecked();
    a.relevanceCivicParticipation = m_relevance[CivicParticipation]->isChecked();
    a.relevancePublicAccountability = m_relevance[PublicAccountability]->isChecked();
    a.relevanceTechnologyInnovation = m_relevance[TechnologyInnovation]->isChecked();
    a.potentialResults = m_results->currentData().toString();
    a.potentialImpact = m_impact->currentData().toString();
    a.completion = m_completion->currentData().toString();
    a.openedGovernment = m_opened->currentData().toString();
    a.assessedOn = m_date->date();
    a.notes = m_notes->toPlainText().trimmed();
    return a;
}

// Technology and innovation counts only on top of another value: it can be ticked once one of
// the other three is.
void AssessmentDialog::updateRelevance()
{
    const bool another = m_relevance[AccessInformation]->isChecked() || m_relevance[CivicParticipation]->isChecked()
        || m_relevance[PublicAccountability]->isChecked();
    QCheckBox *technology = m_relevance[TechnologyInnovation];
    if (!another && technology->isChecked()) {
        const QSignalBlocker blocker(technology);
        technology->setChecked(false);
    }
    technology->setEnabled(another);
    updateStarred();
}

void AssessmentDialog::updateStarred()
{
    const Assessment a = assessment();
    m_starred->setText(AssessmentRating::isStarred(a)
                           ? tr("Yes: verifiable, relevant, strong potential, substantial or complete.")
                           : tr("No: %1.").arg(AssessmentRating::missingTexts(a).join(QStringLiteral("; "))));
}

QString AssessmentDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void AssessmentDialog::accept()
{
    if (m_message->passes([&] { Table<Assessment>(m_file).validate(assessment()); }))
        QDialog::accept();
}

} // namespace forumdesk
