// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/merge/MergeReviewDialog.h"

#include "ui/commands/Commands.h"
#include "ui/widgets/PageParts.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace forumdesk {

namespace {

QPlainTextEdit *valueView(QWidget *parent, const QString &name)
{
    auto *view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setAccessibleName(name);
    view->setTabChangesFocus(true);
    return view;
}

bool editable(const MergeConflict &conflict)
{
    // A reference names another record by its uid: chosen from the two sides, not typed.
    return !conflict.isRemoval() && !conflict.field.endsWith(QLatin1String("_id"));
}

} // namespace

MergeReviewDialog::MergeReviewDialog(const MergeReport &preview, QWidget *parent)
    : QDialog(parent), m_preview(preview), m_summary(new QLabel(this)), m_counts(new QTableWidget(this)),
      m_conflicts(new QTableWidget(this)), m_baseText(valueView(this, tr("Before"))),
      m_oursText(valueView(this, tr("This copy"))), m_theirsText(valueView(this, tr("The other copy"))),
      m_group(new QButtonGroup(this)), m_keepOurs(new QRadioButton(tr("&Keep this copy's"), this)),
      m_takeTheirs(new QRadioButton(tr("&Take the other copy's"), this)),
      m_write(new QRadioButton(tr("&Write another value:"), this)), m_written(new QPlainTextEdit(this)),
      m_state(new QLabel(this)), m_merge(new QPushButton(tr("&Merge"), this))
{
    setWindowTitle(tr("Merge “%1”").arg(QFileInfo(preview.theirsPath).fileName()));
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("mergeSummary"));
    QString text = tr("Merging “%1” into this forum adds %2, changes %3 and removes %4.")
                       .arg(QFileInfo(preview.theirsPath).fileName())
                       .arg(tr("%n record(s)", nullptr, preview.addedCount()))
                       .arg(tr("%n record(s)", nullptr, preview.changedCount()))
                       .arg(tr("%n record(s)", nullptr, preview.removedCount()));
    text += QLatin1Char(' ');
    text += preview.commonAncestor
                ? tr("The two copies share their history, so Forum Desk knows what each side changed.")
                : tr("The two copies have no history in common (one was made by an earlier version): where they "
                     "differ, each difference is listed below for you to settle.");
    if (!preview.conflicts.isEmpty())
        text += QLatin1Char(' ') + tr("Both sides changed the same %n field(s) or record(s) differently: choose what to keep for each.",
                                      nullptr, int(preview.conflicts.size()));
    else
        text += QLatin1Char(' ') + tr("Nothing was changed differently on both sides.");
    text += QLatin1Char(' ') + tr("A copy of the forum is kept beside it before the merge, and Undo takes the merge back.");
    m_summary->setText(text);

    // What each kind of record gains and loses.
    setUpTable(m_counts, {tr("Records"), tr("Added"), tr("Changed"), tr("Removed")});
    m_counts->setObjectName(QStringLiteral("mergeCounts"));
    m_counts->setAccessibleName(tr("Records added, changed and removed"));
    for (const auto &[table, changes] : preview.tables) {
        if (changes.added.isEmpty() && changes.changed.isEmpty() && changes.removed.isEmpty())
            continue;
        const int row = m_counts->rowCount();
        m_counts->insertRow(row);
        m_counts->setItem(row, 0, readOnlyItem(MergeReport::tableLabel(table)));
        const auto count = [&](const QList<MergedRecord> &records) {
            QStringList names;
            for (const MergedRecord &r : records.mid(0, 20))
                names << r.label;
            auto *item = readOnlyItem(QString::number(records.size()), names.join(QLatin1Char('\n')));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            return item;
        };
        m_counts->setItem(row, 1, count(changes.added));
        m_counts->setItem(row, 2, count(changes.changed));
        m_counts->setItem(row, 3, count(changes.removed));
    }

    setUpTable(m_conflicts, {tr("Kind"), tr("Record"), tr("Field"), tr("Before"), tr("This copy"), tr("The other copy"),
                             tr("Kept")});
    m_conflicts->setObjectName(QStringLiteral("mergeConflicts"));
    m_conflicts->setAccessibleName(tr("Conflicts"));
    m_conflicts->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_conflicts->horizontalHeader()->setStretchLastSection(true);
    m_conflicts->setRowCount(int(preview.conflicts.size()));
    for (int row = 0; row < preview.conflicts.size(); ++row) {
        const MergeConflict &c = preview.conflicts.at(row);
        m_conflicts->setItem(row, Kind, readOnlyItem(MergeReport::tableLabel(c.table)));
        m_conflicts->setItem(row, Record, readOnlyItem(c.recordLabel, c.recordLabel));
        m_conflicts->setItem(row, Field, readOnlyItem(c.isRemoval() ? tr("the whole record") : c.fieldLabel));
        const QString base = c.hasBase ? c.shown(c.base) : tr("(not known)");
        const QString ours = sideText(c, c.ours, c.kind == MergeConflict::Kind::RemovedEdited);
        const QString theirs = sideText(c, c.theirs, c.kind == MergeConflict::Kind::EditedRemoved);
        m_conflicts->setItem(row, Base, readOnlyItem(edit::brief(base), base));
        m_conflicts->setItem(row, Ours, readOnlyItem(edit::brief(ours), ours));
        m_conflicts->setItem(row, Theirs, readOnlyItem(edit::brief(theirs), theirs));
        m_conflicts->setItem(row, Choice, readOnlyItem(QString()));
        if (c.resolution.choice != MergeResolution::Choice::Unresolved)
            m_choices.insert(c.key(), c.resolution);
        updateRow(row);
    }
    for (const int column : {Kind, Field, Choice})
        m_conflicts->resizeColumnToContents(column);
    for (const int column : {Record, Base, Ours, Theirs})
        m_conflicts->setColumnWidth(column, 170);

    // The selected conflict in full, and the choice.
    auto *detail = new QGroupBox(tr("The selected conflict"), this);
    auto *values = new QGridLayout;
    const auto caption = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    values->addWidget(caption(tr("Before (where both copies started):"), m_baseText), 0, 0);
    values->addWidget(caption(tr("This copy:"), m_oursText), 0, 1);
    values->addWidget(caption(tr("The other copy:"), m_theirsText), 0, 2);
    values->addWidget(m_baseText, 1, 0);
    values->addWidget(m_oursText, 1, 1);
    values->addWidget(m_theirsText, 1, 2);
    for (QPlainTextEdit *view : {m_baseText, m_oursText, m_theirsText})
        view->setMaximumHeight(110);
    m_group->addButton(m_keepOurs, int(MergeResolution::Choice::Ours));
    m_group->addButton(m_takeTheirs, int(MergeResolution::Choice::Theirs));
    m_group->addButton(m_write, int(MergeResolution::Choice::Value));
    m_written->setAccessibleName(tr("Another value"));
    m_written->setTabChangesFocus(true);
    m_written->setMaximumHeight(70);
    auto *choices = new QHBoxLayout;
    choices->addWidget(m_keepOurs);
    choices->addWidget(m_takeTheirs);
    choices->addWidget(m_write);
    choices->addStretch();
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->addLayout(values);
    detailLayout->addLayout(choices);
    detailLayout->addWidget(m_written);
    connect(m_group, &QButtonGroup::idClicked, this,
            [this](int id) { choose(static_cast<MergeResolution::Choice>(id)); });
    connect(m_written, &QPlainTextEdit::textChanged, this, [this] {
        if (m_write->isChecked())
            choose(MergeResolution::Choice::Value);
    });
    connect(m_conflicts, &QTableWidget::currentCellChanged, this, [this](int row) { showConflict(row); });

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *allOurs = buttons->addButton(tr("Keep All of This Copy's"), QDialogButtonBox::ActionRole);
    QPushButton *allTheirs = buttons->addButton(tr("Take All of the Other's"), QDialogButtonBox::ActionRole);
    allOurs->setObjectName(QStringLiteral("keepAllOurs"));
    allTheirs->setObjectName(QStringLiteral("takeAllTheirs"));
    allOurs->setVisible(!preview.conflicts.isEmpty());
    allTheirs->setVisible(!preview.conflicts.isEmpty());
    buttons->addButton(m_merge, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    connect(allOurs, &QPushButton::clicked, this, [this] { settleAll(MergeResolution::Choice::Ours); });
    connect(allTheirs, &QPushButton::clicked, this, [this] { settleAll(MergeResolution::Choice::Theirs); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_counts, 1);
    if (!preview.conflicts.isEmpty()) {
        layout->addWidget(m_conflicts, 2);
        layout->addWidget(detail);
    } else {
        m_conflicts->hide();
        detail->hide();
    }
    layout->addWidget(m_state);
    layout->addWidget(buttons);
    m_counts->setMaximumHeight(preview.conflicts.isEmpty() ? QWIDGETSIZE_MAX : 160);

    QSize size = preview.conflicts.isEmpty() ? QSize(720, 420) : QSize(1150, 720);
    if (const QScreen *screen = parent ? parent->screen() : this->screen())
        size = size.boundedTo(screen->availableGeometry().size() - QSize(40, 60));
    resize(size);
    if (!preview.conflicts.isEmpty()) {
        m_conflicts->setCurrentCell(0, Record);
        m_conflicts->setFocus();
    }
    showConflict(preview.conflicts.isEmpty() ? -1 : 0);
    updateState();
}

QString MergeReviewDialog::sideText(const MergeConflict &conflict, const QVariant &value, bool removedHere) const
{
    if (conflict.isRemoval() && removedHere)
        return tr("(removed)");
    if (conflict.isRemoval())
        return tr("(changed: kept)");
    return conflict.shown(value);
}

int MergeReviewDialog::unsettled() const
{
    int count = 0;
    for (const MergeConflict &c : m_preview.conflicts) {
        const auto found = m_choices.constFind(c.key());
        if (found == m_choices.cend() || found->choice == MergeResolution::Choice::Unresolved)
            ++count;
    }
    return count;
}

void MergeReviewDialog::showConflict(int row)
{
    m_current = row;
    const bool valid = row >= 0 && row < m_preview.conflicts.size();
    for (QWidget *w : std::initializer_list<QWidget *>{m_keepOurs, m_takeTheirs, m_write, m_written})
        w->setEnabled(valid);
    if (!valid)
        return;
    const MergeConflict &c = m_preview.conflicts.at(row);
    m_baseText->setPlainText(c.hasBase ? c.shown(c.base) : tr("(not known: the copies share no history)"));
    m_oursText->setPlainText(sideText(c, c.ours, c.kind == MergeConflict::Kind::RemovedEdited));
    m_theirsText->setPlainText(sideText(c, c.theirs, c.kind == MergeConflict::Kind::EditedRemoved));
    m_write->setVisible(editable(c));
    m_written->setVisible(editable(c));
    const MergeResolution chosen = m_choices.value(c.key());
    const QSignalBlocker blocker(m_written);
    m_group->setExclusive(false);
    for (QAbstractButton *button : m_group->buttons())
        button->setChecked(false);
    m_group->setExclusive(true);
    if (QAbstractButton *button = m_group->button(int(chosen.choice)))
        button->setChecked(true);
    // The value itself, never its "(empty)" placeholder, which would be saved as written.
    m_written->setPlainText(chosen.choice == MergeResolution::Choice::Value ? chosen.value.toString() : c.ours.toString());
}

void MergeReviewDialog::choose(MergeResolution::Choice choice)
{
    if (m_current < 0 || m_current >= m_preview.conflicts.size())
        return;
    const MergeConflict &c = m_preview.conflicts.at(m_current);
    MergeResolution resolution;
    switch (choice) {
    case MergeResolution::Choice::Ours:
        resolution = MergeResolution::ours();
        break;
    case MergeResolution::Choice::Theirs:
        resolution = MergeResolution::theirs();
        break;
    case MergeResolution::Choice::Value:
        resolution = MergeResolution::edited(m_written->toPlainText().isEmpty() ? QVariant() : QVariant(m_written->toPlainText()));
        break;
    case MergeResolution::Choice::Unresolved:
        break;
    }
    m_choices.insert(c.key(), resolution);
    updateRow(m_current);
    updateState();
}

void MergeReviewDialog::settleAll(MergeResolution::Choice choice)
{
    for (int row = 0; row < m_preview.conflicts.size(); ++row) {
        m_choices.insert(m_preview.conflicts.at(row).key(), choice == MergeResolution::Choice::Ours
                                                                ? MergeResolution::ours()
                                                                : MergeResolution::theirs());
        updateRow(row);
    }
    showConflict(m_current);
    updateState();
}

void MergeReviewDialog::updateRow(int row)
{
    const MergeConflict &c = m_preview.conflicts.at(row);
    const MergeResolution chosen = m_choices.value(c.key());
    QString text;
    switch (chosen.choice) {
    case MergeResolution::Choice::Unresolved:
        text = tr("To choose");
        break;
    case MergeResolution::Choice::Ours:
        text = tr("This copy's");
        break;
    case MergeResolution::Choice::Theirs:
        text = tr("The other's");
        break;
    case MergeResolution::Choice::Value:
        text = tr("Written: %1").arg(chosen.value.toString());
        break;
    }
    QTableWidgetItem *item = m_conflicts->item(row, Choice);
    item->setText(text);
    // Not colour alone: the words say it too.
    QFont font = item->font();
    font.setBold(chosen.choice == MergeResolution::Choice::Unresolved);
    item->setFont(font);
}

void MergeReviewDialog::updateState()
{
    const int left = unsettled();
    m_merge->setEnabled(left == 0);
    m_state->setText(m_preview.conflicts.isEmpty() ? QString()
                     : left == 0 ? tr("Every conflict is settled.")
                                 : tr("%n conflict(s) still to settle.", nullptr, left));
    m_state->setVisible(!m_preview.conflicts.isEmpty());
}

} // namespace forumdesk
