// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cocreation/ContributionImport.h"

#include "core/documents/DocumentLanguage.h"
#include "core/exchange/Csv.h"
#include "core/forum/Vocabulary.h"
#include "core/forum/VocabularyKeys.h"
#include "core/storage/Database.h"
#include "core/storage/FileEntry.h"
#include "core/storage/ForumFile.h"
#include "core/storage/StorageError.h"
#include "core/storage/Table.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace forumdesk {

namespace {

// A header or a label compared loosely: case, accents and spacing aside.
QString folded(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D))
        if (c.isLetterOrNumber())
            out += c.toLower();
    return out;
}

enum class Column { ReceivedOn, Channel, Author, Organization, Sector, Text, Status, Response, RespondedOn };

const QMap<QString, Column> &headerNames()
{
    static const QMap<QString, Column> names = [] {
        QMap<QString, Column> m;
        const auto add = [&](Column c, std::initializer_list<const char *> words) {
            for (const char *w : words)
                m.insert(folded(QString::fromUtf8(w)), c);
        };
        add(Column::ReceivedOn, {"received_on", "received", "date", "fecha", "fecha de recepción", "recibido", "date reçue", "data",
                                 "reçue le", "date de réception", "réception", "recebida em", "data de recebimento", "recebida"});
        add(Column::Channel, {"channel", "canal", "medio"});
        add(Column::Author, {"author", "name", "autor", "autora", "nombre", "auteur", "nom", "autor(a)"});
        add(Column::Organization, {"organization", "organisation", "organización", "institución", "organização"});
        add(Column::Sector, {"sector", "secteur", "setor"});
        add(Column::Text, {"text", "contribution", "proposal", "comment", "texto", "aporte", "propuesta", "comentario", "contribución", "texte", "proposition", "contribuição"});
        add(Column::Status, {"status", "estado", "statut", "situação"});
        add(Column::Response, {"response", "reasoned response", "respuesta", "respuesta razonada", "réponse", "réponse motivée",
                               "resposta", "resposta fundamentada"});
        add(Column::RespondedOn, {"responded_on", "response date", "fecha de respuesta", "respondido", "date de réponse",
                                  "répondu le", "respondida em", "data da resposta"});
        return m;
    }();
    return names;
}

// A value of a fixed list, given as its key or its label in English, Spanish, French or Portuguese.
QString keyFor(Vocabulary::List list, const QString &value)
{
    static const DocumentLanguage spanish(key::Language::Spanish);
    static const DocumentLanguage french(key::Language::French);
    static const DocumentLanguage portuguese(key::Language::Portuguese);
    const QString wanted = folded(value);
    for (const QString &key : Vocabulary::keys(list)) {
        if (folded(key) == wanted || folded(QString::fromUtf8(Vocabulary::sourceText(list, key))) == wanted)
            return key;
        for (const DocumentLanguage *language : {&spanish, &french, &portuguese})
            if (folded(language->label(list, key)) == wanted)
                return key;
    }
    return {};
}

QDate parseDay(const QString &text)
{
    const QString t = text.trimmed();
    for (const char *format : {"yyyy-MM-dd", "d/M/yyyy", "d-M-yyyy", "d.M.yyyy"}) {
        const QDate date = QDate::fromString(t, QString::fromLatin1(format));
        if (date.isValid())
            return date;
    }
    return {};
}

// A cell a spreadsheet would take for a formula once the forum exports it again: =, +, - or @ first
// (after the spaces, tabs and line breaks the import trims). A number or a telephone number
// ("-5", "+51 999 888 777") is none.
bool looksLikeFormula(const QString &cell)
{
    qsizetype i = 0;
    while (i < cell.size() && cell.at(i).isSpace())
        ++i;
    if (i == cell.size())
        return false;
    const QChar first = cell.at(i);
    if (first == QLatin1Char('=') || first == QLatin1Char('@'))
        return true;
    if (first != QLatin1Char('+') && first != QLatin1Char('-'))
        return false;
    static const QRegularExpression number(QStringLiteral("^[+-][0-9 ().,/+-]*[0-9][0-9 ().,/+-]*$"));
    return !number.match(cell.trimmed()).hasMatch();
}

// Text as a duplicate is told by: accents, case and spacing aside for a name (as a search
// compares it), spacing aside for a contribution's text.
QString nameKey(const QString &name)
{
    return foldForSearch(name).simplified();
}

QString duplicateKey(const QDate &receivedOn, const QString &author, const QString &text)
{
    return receivedOn.toString(Qt::ISODate) + QChar(0x1F) + nameKey(author) + QChar(0x1F)
        + text.normalized(QString::NormalizationForm_C).simplified();
}

// The contributions a plan already has, by what tells duplicates: read once, whatever the file's
// length.
QHash<QString, qint64> contributionsOf(ForumFile &file, qint64 planId)
{
    QHash<QString, qint64> keys;
    Statement st = file.database().query(
        QStringLiteral("SELECT id, received_on, coalesce(author, ''), text FROM contribution WHERE plan_id = ? ORDER BY id"));
    st.bind(1, planId);
    while (st.next()) {
        const QString key = duplicateKey(QDate::fromString(st.text(1), Qt::ISODate), st.text(2), st.text(3));
        keys.insert(key, st.int64(0)); // ORDER BY id: the newest of equals is named; any would do
    }
    return keys;
}

} // namespace

QString ContributionImport::Row::duplicateNote() const
{
    // Row has no tr() of its own: the strings are ContributionImport's.
    switch (duplicate) {
    case Duplicate::None:
        break;
    case Duplicate::InForum:
        return QCoreApplication::translate("ContributionImport", "Already in the forum");
    case Duplicate::InFile:
        return QCoreApplication::translate("ContributionImport", "Same as row %1").arg(sameAsRow);
    }
    return {};
}

ContributionImport ContributionImport::readFile(ForumFile &file, const QString &path, qint64 planId)
{
    // Read bounded and never blocking: a consultation's export is a few megabytes, and a named pipe
    // or a device chosen by mistake must not hang the window.
    QString error;
    const QByteArray bytes = readRegularFile(path, kMaxFileBytes, &error, /*followLinks=*/true);
    if (!error.isEmpty()) {
        ContributionImport import;
        const FileEntry entry = FileEntry::following(path);
        if (entry.isRegular() && entry.size > kMaxFileBytes)
            import.m_problems << tr("%1 is %2 MB; Forum Desk imports contribution files of up to %3 MB. Split it into "
                                    "smaller files and import each.")
                                     .arg(QDir::toNativeSeparators(path))
                                     .arg(QLocale().toString(double(entry.size) / (1024 * 1024), 'f', 1))
                                     .arg(kMaxFileBytes / (1024 * 1024));
        else
            import.m_problems << tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), error);
        return import;
    }
    return read(file, bytes, planId);
}

ContributionImport ContributionImport::read(ForumFile &file, const QByteArray &csv, qint64 planId)
{
    ContributionImport import;
    const Csv::DecodedText decoded = Csv::decode(csv);
    if (decoded.binary) {
        import.m_problems << tr("The file is not a CSV file: it holds binary data (a spreadsheet's own format, perhaps). "
                                "Save it as “CSV” from the spreadsheet and import that file.");
        return import;
    }
    import.m_encoding = Csv::encodingName(decoded.encoding);
    const QString &text = decoded.text;
    const QList<int> &badLines = decoded.badLines;

    const QList<QStringList> records = Csv::parse(text);
    if (records.isEmpty() || (records.size() == 1 && records.first().join(QString()).trimmed().isEmpty())) {
        import.m_problems << tr("The file is empty.");
        return import;
    }
    QMap<Column, int> columns;
    QMap<Column, QString> headers;
    const QStringList header = records.first();
    for (int i = 0; i < header.size(); ++i) {
        const auto found = headerNames().constFind(folded(header.at(i)));
        if (found != headerNames().cend() && !columns.contains(*found)) {
            columns.insert(*found, i);
            headers.insert(*found, header.at(i).trimmed());
        }
    }
    if (!columns.contains(Column::Text))
        import.m_problems << tr("No column holds the contributions' text (name it “text” or “texto”).");
    if (!columns.contains(Column::ReceivedOn))
        import.m_problems << tr("No column holds the date received (name it “date” or “fecha”).");
    if (!import.m_problems.isEmpty())
        return import;

    Table<Contribution> table(file);
    int row = 1;
    int physicalLine = 1 + int(records.first().join(QString()).count(QLatin1Char('\n')));
    qsizetype nextBad = 0; // badLines is in order, as the rows are
    for (qsizetype r = 1; r < records.size(); ++r) {
        const QStringList &cells = records.at(r);
        ++row;
        const int firstLine = physicalLine + 1;
        physicalLine = firstLine + int(cells.join(QString()).count(QLatin1Char('\n')));
        if (cells.join(QString()).trimmed().isEmpty())
            continue; // a blank line, as spreadsheets leave at the end
        Row entry;
        entry.row = row;
        const auto cell = [&](Column c) { return columns.contains(c) ? cells.value(columns.value(c)) : QString(); };
        const auto problem = [&](Column c, const QString &message) {
            entry.errors << tr("Row %1, column “%2”: %3").arg(row).arg(headers.value(c), message);
        };
        bool badBytes = false;
        while (nextBad < badLines.size() && badLines.at(nextBad) <= physicalLine)
            badBytes = badLines.at(nextBad++) >= firstLine || badBytes;
        if (badBytes && decoded.encoding == Csv::Encoding::Utf8)
            entry.errors << tr("Row %1: the text is not in UTF-8; save the file as “CSV UTF-8” and import it again").arg(row);
        else if (badBytes)
            entry.warnings << tr("Row %1: this row is in UTF-8, the rest of the file in %2; it is read as UTF-8, "
                                 "check its accents below")
                                  .arg(row)
                                  .arg(import.m_encoding);
        for (const Column column : {Column::Text, Column::Author, Column::Organization, Column::Response}) {
            if (looksLikeFormula(cell(column)))
                entry.warnings << tr("Row %1, column “%2”: looks like a spreadsheet formula; it is kept as plain text")
                                      .arg(row)
                                      .arg(headers.value(column));
        }
        Contribution &c = entry.contribution;
        c.planId = planId;
        c.text = cell(Column::Text).trimmed();
        c.author = cell(Column::Author).trimmed();
        c.organization = cell(Column::Organization).trimmed();
        c.response = cell(Column::Response).trimmed();
        if (c.text.isEmpty())
            problem(Column::Text, tr("the contribution's text is empty"));
        const QString received = cell(Column::ReceivedOn);
        c.receivedOn = parseDay(received);
        if (!c.receivedOn.isValid())
            problem(Column::ReceivedOn, tr("“%1” is not a date (write it as 2025-03-31 or 31/03/2025)").arg(received));
        const auto enumeration = [&](Column column, Vocabulary::List list, QString *target) {
            const QString value = cell(column).trimmed();
            if (value.isEmpty())
                return;
            const QString key = keyFor(list, value);
            if (key.isEmpty())
                problem(column, tr("“%1” is not one of: %2").arg(value, Vocabulary::keys(list).join(QStringLiteral(", "))));
            else
                *target = key;
        };
        enumeration(Column::Channel, Vocabulary::List::ContributionChannel, &c.channel);
        enumeration(Column::Sector, Vocabulary::List::Sector, &c.sector);
        enumeration(Column::Status, Vocabulary::List::ContributionStatus, &c.status);
        if (columns.contains(Column::RespondedOn) && !cell(Column::RespondedOn).trimmed().isEmpty()) {
            c.respondedOn = parseDay(cell(Column::RespondedOn));
            if (!c.respondedOn.isValid())
                problem(Column::RespondedOn, tr("“%1” is not a date (write it as 2025-03-31 or 31/03/2025)").arg(cell(Column::RespondedOn)));
        }
        if (entry.errors.isEmpty()) {
            try {
                table.validate(c);
            } catch (const ValidationError &e) {
                entry.errors << tr("Row %1: %2").arg(row).arg(e.reason());
            }
        }
        import.m_rows << entry;
    }
    if (import.m_rows.isEmpty()) {
        import.m_problems << tr("The file has a header but no contributions.");
        return import;
    }

    // Duplicates: of what the forum has, then of an earlier row that will be imported.
    const QHash<QString, qint64> inForum = contributionsOf(file, planId);
    QHash<QString, int> inFile;
    for (Row &entry : import.m_rows) {
        if (!entry.errors.isEmpty())
            continue;
        const Contribution &c = entry.contribution;
        const QString key = duplicateKey(c.receivedOn, c.author, c.text);
        if (const auto found = inForum.constFind(key); found != inForum.cend()) {
            entry.duplicate = Duplicate::InForum;
            entry.sameAsId = *found;
        } else if (const auto earlier = inFile.constFind(key); earlier != inFile.cend()) {
            entry.duplicate = Duplicate::InFile;
            entry.sameAsRow = *earlier;
        } else {
            inFile.insert(key, entry.row);
        }
    }
    return import;
}

QStringList ContributionImport::allProblems() const
{
    QStringList all = m_problems;
    for (const Row &row : m_rows)
        all << row.errors;
    return all;
}

int ContributionImport::importableCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.importable(); }));
}

int ContributionImport::duplicateCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.duplicate != Duplicate::None; }));
}

int ContributionImport::problemRowCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return !r.errors.isEmpty(); }));
}

int ContributionImport::warningCount() const
{
    int count = 0;
    for (const Row &row : m_rows)
        count += int(row.warnings.size());
    return count;
}

QStringList ContributionImport::skippedRows() const
{
    QStringList lines;
    for (const Row &row : m_rows) {
        if (!row.errors.isEmpty())
            lines << row.errors;
        else if (row.duplicate == Duplicate::InForum)
            lines << tr("Row %1: duplicate, already in the forum").arg(row.row);
        else if (row.duplicate == Duplicate::InFile)
            lines << tr("Row %1: duplicate, the same as row %2").arg(row.row).arg(row.sameAsRow);
    }
    return lines;
}

bool ContributionImport::acceptable() const
{
    return m_problems.isEmpty() && importableCount() > 0;
}

QList<qint64> ContributionImport::commit(ForumFile &file) const
{
    if (!m_problems.isEmpty())
        throw StorageError(StorageError::Kind::Validation,
                           tr("Nothing was imported: %n problem(s) must be fixed first.", nullptr, int(m_problems.size())));
    if (!acceptable())
        throw StorageError(StorageError::Kind::Validation,
                           tr("Nothing was imported: every row is a duplicate or has a problem."));
    file.requireWritable();
    Transaction tx(file.database());
    Table<Contribution> table(file);
    // Looked at again inside the transaction: the same preview committed twice imports once. Every
    // row is for the plan read() was given.
    const QHash<QString, qint64> inForum = contributionsOf(file, m_rows.first().contribution.planId);
    QList<qint64> created;
    for (const Row &row : m_rows) {
        if (!row.importable())
            continue;
        Contribution c = row.contribution;
        if (inForum.contains(duplicateKey(c.receivedOn, c.author, c.text)))
            continue;
        created << table.create(c);
    }
    if (created.isEmpty()) // rolled back: nothing was written
        throw StorageError(StorageError::Kind::Validation,
                           tr("Nothing was imported: every row is a duplicate or has a problem."));
    file.logActivity(QStringLiteral("import"), Contribution::schema().table, QString(),
                     tr("Imported %n contribution(s) from a CSV file", nullptr, int(created.size())));
    tx.commit();
    return created;
}

} // namespace forumdesk
