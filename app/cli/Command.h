// A command of tinyml-kg: its name, what it is for in one line, its own options and help, and
// what it does. The list of commands in `tinyml-kg --help` is made from the commands themselves
// (CommandRegistry), and each parses its own command line.
#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace tinyml::cli {

class Command
{
public:
    virtual ~Command() = default;
    Command(const Command &) = delete;
    Command &operator=(const Command &) = delete;

    QString name() const { return m_name; }
    // What follows the name in the list of commands, e.g. "FILE.rq|- [--format F]".
    QString synopsis() const { return m_synopsis; }
    // One line for the list of commands.
    QString description() const { return m_description; }
    // `tinyml-kg NAME --help`.
    QString helpText() const;

    // Runs the command; `arguments` starts with its name. Prints --help (exit code 0) or what is
    // wrong with the command line (2); otherwise returns what run() returns.
    int execute(const QStringList &arguments);

protected:
    Command(const QString &name, const QString &synopsis, const QString &description);

    // Declares the command's long description, positional arguments and options (the help
    // option is added after them).
    virtual void declare(QCommandLineParser &parser) const = 0;
    // Does the work on the parsed command line and returns the exit code.
    virtual int run(const QCommandLineParser &parser) = 0;

private:
    void prepare(QCommandLineParser &parser) const;

    QString m_name;
    QString m_synopsis;
    QString m_description;
};

} // namespace tinyml::cli
