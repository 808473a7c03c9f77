// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <stdexcept>

namespace forumdesk {

// Every failure of the forum file reaches callers as one of these, with a message a secretariat can
// read: what went wrong and, where it helps, what to do. The kind lets the CLI choose its exit code
// and the GUI choose between "refused" and "read-only".
class StorageError : public std::runtime_error {
public:
    enum class Kind {
        CannotOpen,    // missing, a folder, unreadable
        NotAForum,     // not SQLite, or another application's SQLite file, or empty
        Corrupt,       // integrity check failed, or SQLite reports damage
        Altered,       // the schema is not Forum Desk's (extra triggers/views, changed tables)
        ReadOnly,      // a write was attempted on a file open read-only
        DiskFull,
        Io,            // any other input/output failure
        Validation,    // a record breaks a rule; see ValidationError
        NotFound,      // no record with that id
        Constraint,    // the database refused a change (unique, foreign key)
        AlreadyExists, // the target of a copy exists and was not to be replaced
        Changed,       // the file changed while being opened (a crash journal appeared, it was replaced)
        Internal,
    };

    StorageError(Kind kind, const QString &message, const QStringList &details = {})
        : std::runtime_error(message.toStdString()), m_kind(kind), m_message(message), m_details(details) {}

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    // Every problem found, one line each, when the message names only the first.
    QStringList details() const { return m_details; }

private:
    Kind m_kind;
    QString m_message;
    QStringList m_details;
};

// A record that breaks a rule: names the entity, the field (column name) and the rule.
class ValidationError : public StorageError {
public:
    ValidationError(const QString &entity, const QString &field, const QString &rule,
                    const QString &message)
        : StorageError(Kind::Validation, QStringLiteral("%1.%2: %3").arg(entity, field, message)),
          m_entity(entity), m_field(field), m_rule(rule), m_reason(message) {}

    QString entity() const { return m_entity; }
    QString field() const { return m_field; }
    QString rule() const { return m_rule; }
    // The message without the "entity.field: " prefix, for showing next to the field itself.
    QString reason() const { return m_reason; }

private:
    QString m_entity;
    QString m_field;
    QString m_rule;
    QString m_reason;
};

} // namespace forumdesk
