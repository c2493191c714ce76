#include "package/jsonstreamreader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <QTranslator>

#include <memory>

#include <unistd.h>

using namespace kd;
using Token = JsonStreamReader::Token;
using Limits = JsonStreamReader::Limits;

Q_DECLARE_METATYPE(kd::JsonStreamReader::Limits)

// Declared before the rows: moc (6.4) misreads raw string literals that hold a backslash, and
// would not find a class that came after them.
class TestJsonStreamReader : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void chunking_data();
    void chunking();
    void tokenPositions();
    void accessors();
    void errorIsSticky();
    void readError();
    void readValueMatchesQJsonDocument_data();
    void readValueMatchesQJsonDocument();
    void readValueInsideAStream();
    void readValueRefusesWhatStreamingRefuses();
    void readValueRefusesNumbersOutOfRange();
    void readValueNeedsAValue();
    void readValueOfALargeObject();
    void skipValue();
    void largeDocumentStreams();
    void endlessInputStops_data();
    void endlessInputStops();
    void messagesAreTranslatable();
};

namespace kd {

const char *tokenName(JsonStreamReader::Token token)
{
    switch (token) {
    case Token::None:
        return "None";
    case Token::BeginObject:
        return "BeginObject";
    case Token::EndObject:
        return "EndObject";
    case Token::BeginArray:
        return "BeginArray";
    case Token::EndArray:
        return "EndArray";
    case Token::Name:
        return "Name";
    case Token::String:
        return "String";
    case Token::Number:
        return "Number";
    case Token::Bool:
        return "Bool";
    case Token::Null:
        return "Null";
    case Token::EndDocument:
        return "EndDocument";
    case Token::Error:
        return "Error";
    }
    return "?";
}

// Found by QCOMPARE through argument-dependent lookup.
char *toString(JsonStreamReader::Token token)
{
    return qstrdup(tokenName(token));
}

} // namespace kd

namespace {

constexpr qsizetype MiB = 1024 * 1024;
// The reader's read buffer (jsonstreamreader.cpp); bounds below allow a little beyond it.
constexpr qsizetype ReadBuffer = 64 * 1024;

// A byte array from a literal, embedded NULs included.
template<size_t N>
QByteArray bytes(const char (&literal)[N])
{
    return QByteArray(literal, qsizetype(N - 1));
}

Limits limits(qsizetype maxStringBytes, int maxDepth = 64,
              qint64 maxInputBytes = std::numeric_limits<qint64>::max())
{
    Limits result;
    result.maxStringBytes = maxStringBytes;
    result.maxDepth = maxDepth;
    result.maxInputBytes = maxInputBytes;
    return result;
}

QString shown(const QString &text)
{
    QString result;
    for (const QChar c : text) {
        if (c.unicode() < 0x20)
            result += QStringLiteral("\\u{%1}").arg(QString::number(c.unicode(), 16).toUpper());
        else
            result += c;
    }
    return result;
}

// The tokens up to the end or the first error, one word each: "{ a: [ 1 \"x\" ] } $". With
// positions, each word ends in @line:column/offset, so that two readers can be compared exactly.
QString dump(JsonStreamReader &reader, bool positions = false)
{
    QStringList words;
    for (int guard = 0; guard < 100000; ++guard) {
        const Token token = reader.next();
        QString word;
        switch (token) {
        case Token::BeginObject:
            word = QStringLiteral("{");
            break;
        case Token::EndObject:
            word = QStringLiteral("}");
            break;
        case Token::BeginArray:
            word = QStringLiteral("[");
            break;
        case Token::EndArray:
            word = QStringLiteral("]");
            break;
        case Token::Name:
            word = shown(reader.text()) + u':';
            break;
        case Token::String:
            word = u'"' + shown(reader.text()) + u'"';
            break;
        case Token::Number:
            word = QString::fromLatin1(reader.numberText());
            break;
        case Token::Bool:
            word = reader.boolean() ? QStringLiteral("true") : QStringLiteral("false");
            break;
        case Token::Null:
            word = QStringLiteral("null");
            break;
        case Token::EndDocument:
            word = QStringLiteral("$");
            break;
        case Token::Error:
            word = u'!' + reader.errorString();
            break;
        case Token::None:
            word = QStringLiteral("?");
            break;
        }
        if (positions) {
            word += QStringLiteral("@%1:%2/%3/d%4")
                        .arg(reader.line())
                        .arg(reader.column())
                        .arg(reader.offset())
                        .arg(reader.depth());
        }
        words.append(word);
        if (token == Token::EndDocument || token == Token::Error)
            break;
    }
    return words.join(u' ');
}

// Serves data in pieces whose sizes pieceSize() picks (at least 1; the reader's max caps them).
JsonStreamReader::ReadFunction pieces(const QByteArray &data, std::function<qint64()> pieceSize)
{
    return [data, pieceSize, used = qsizetype(0)](char *buffer, qint64 max) mutable -> qint64 {
        const qint64 count = std::min({max, pieceSize(), qint64(data.size() - used)});
        std::memcpy(buffer, data.constData() + used, size_t(count));
        used += count;
        return count;
    };
}

JsonStreamReader::ReadFunction randomPieces(const QByteArray &data, quint32 seed, int largest)
{
    auto random = std::make_shared<QRandomGenerator>(seed);
    return pieces(data, [random, largest] { return qint64(random->bounded(1, largest + 1)); });
}

// An endless input: head once, then body over and over. served counts the bytes handed out.
JsonStreamReader::ReadFunction endless(const QByteArray &head, const QByteArray &body,
                                       std::shared_ptr<qint64> served)
{
    return [head, body, served](char *buffer, qint64 max) -> qint64 {
        for (qint64 i = 0; i < max; ++i) {
            const qint64 at = *served + i;
            buffer[i] = at < head.size() ? head[at] : body[(at - head.size()) % body.size()];
        }
        *served += max;
        return max;
    };
}

// The process's resident memory (Linux), or -1: a check of the reader's memory that does not
// take its own word (heldBytes()) for it.
qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) : -1;
}

QJsonValue viaQt(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("the fixture is no JSON: %s", qPrintable(error.errorString()));
    return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
}

QByteArray goldenPackage()
{
    QFile file(QStringLiteral(KD_SOURCE_DIR "/tests/exporter/golden/package.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the golden package.json");
    return file.readAll();
}

// Columns shared by valid(), invalid() and chunking(): for a valid document, expected is its
// tokens as dump() writes them; for an invalid one, the error message and where it is.
void addColumns()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<Limits>("limits");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<qint64>("offset");
}

void ok(const char *name, const QByteArray &json, const QString &tokens, Limits limits = {})
{
    QTest::addRow("valid: %s", name) << json << limits << tokens << 0 << 0 << qint64(0);
}

void bad(const char *name, const QByteArray &json, const QString &message, int line, int column,
         qint64 offset, Limits limits = {})
{
    QTest::addRow("invalid: %s", name) << json << limits << message << line << column << offset;
}

void validRows()
{
    // Grammar
    ok("empty object", "{}", "{ } $");
    ok("empty array", "[]", "[ ] $");
    ok("whitespace everywhere", " \t\r\n[ 1 ,\n2\t]\r\n ", "[ 1 2 ] $");
    ok("nested", R"({"a":[1,{"b":null}],"c":"d","e":[[],{}]})",
       "{ a: [ 1 { b: null } ] c: \"d\" e: [ [ ] { } ] } $");
    ok("scalar at the top: number", "0", "0 $");
    ok("scalar at the top: string", R"("x")", "\"x\" $");
    ok("scalar at the top: literal", " null ", "null $");
    ok("literals", "[true,false,null]", "[ true false null ] $");
    ok("numbers", "[0,-0,123,-1.5e+10,1E-5,0.0e0,2.50,1e308,12345678901234567890123]",
       "[ 0 -0 123 -1.5e+10 1E-5 0.0e0 2.50 1e308 12345678901234567890123 ] $");
    ok("empty string and name", R"({"":""})", R"({ : "" } $)");

    // Strings, escapes and characters
    ok("every short escape that XML can hold", R"(["\" \\ \/", "\t\n\r"])",
       R"([ "" \ /" "\u{9}\u{A}\u{D}" ] $)");
    ok("unicode escapes, surrogate pairs in either case", R"("\u00e9\u20AC\ud83d\uDE00")",
       "\"é€😀\" $");
    ok("raw UTF-8 up to U+10FFFF", "\"é€😀\xF4\x8F\xBF\xBF\"", "\"é€😀\U0010FFFF\" $");
    ok("U+FFFD and noncharacters XML allows", "\"\\uFFFD\xEF\xBF\xBD\\uFDD0\"",
       "\"\uFFFD\uFFFD\uFDD0\" $");
    ok("DEL and C1 controls (XML 1.0 allows them)", "\"\x7F\\u0085\"", "\"\x7F\u0085\" $");
    ok("long ASCII runs and non-ASCII at odd places",
       "\"abcdefghijklmnopqrstuvwxyz0123456789é"
       "abcdefg€"
       "abcdefghijklmnop\"",
       "\"abcdefghijklmnopqrstuvwxyz0123456789éabcdefg€abcdefghijklmnop\" $");

    // Names
    ok("the same name in other objects", R"({"a":{"a":1},"b":[{"a":1},{"a":2}]})",
       "{ a: { a: 1 } b: [ { a: 1 } { a: 2 } ] } $");
    ok("names that only look alike", R"({"a":1,"A":2,"e\u0301":3,"é":4,"a ":5})",
       "{ a: 1 A: 2 e\u0301: 3 é: 4 a : 5 } $");

    // Limits, just within
    ok("string at the limit", R"("abc")", R"("abc" $)", limits(3));
    ok("escape at the limit", R"("a\u00e9")", R"("aé" $)", limits(3));
    ok("name at the limit", R"({"abc":123})", "{ abc: 123 } $", limits(3));
    ok("depth at the limit", "[{\"a\":[]}]", "[ { a: [ ] } ] $", limits(4, 3));
    ok("input at the limit", "[1,2]", "[ 1 2 ] $", limits(4, 64, 5));
    ok("64 levels by default", QByteArray(64, '[') + QByteArray(64, ']'),
       (QStringList(64, QStringLiteral("[")) + QStringList(64, QStringLiteral("]"))).join(u' ')
           + QStringLiteral(" $"));
}

void invalidRows()
{
    const QString end = QStringLiteral("unexpected end of input");
    const QString utf8 = QStringLiteral("invalid UTF-8");
    const QString digit = QStringLiteral("invalid number: expected a digit");

    // RFC 8259 grammar
    bad("empty input", "", end, 1, 1, 0);
    bad("only whitespace", "  \n ", end, 2, 2, 4);
    bad("byte order mark", "\xEF\xBB\xBF{}",
        "the input starts with a UTF-8 byte order mark (BOM), which JSON does not allow", 1, 1, 0);
    bad("two values", "1 2", "unexpected character '2'", 1, 3, 2);
    bad("two objects", "{}{}", "unexpected character '{'", 1, 3, 2);
    bad("garbage after the value", "\"a\" x", "unexpected character 'x'", 1, 5, 4);
    bad("trailing comma in an array", "[1,]", "unexpected character ']'", 1, 4, 3);
    bad("trailing comma in an object", R"({"a":1,})", "unexpected character '}'", 1, 8, 7);
    bad("line comment", "// c\n1", "unexpected character '/'", 1, 1, 0);
    bad("block comment", "[1 /* c */]", "unexpected character '/'", 1, 4, 3);
    bad("single-quoted string", "['a']", "unexpected character '''", 1, 2, 1);
    bad("single-quoted name", "{'a':1}", "unexpected character '''", 1, 2, 1);
    bad("unquoted name", "{a:1}", "unexpected character 'a'", 1, 2, 1);
    bad("leading zero", "01", "a number must not have leading zeros", 1, 2, 1);
    bad("negative leading zero", "[-012]", "a number must not have leading zeros", 1, 4, 3);
    bad("double zero", "[00]", "a number must not have leading zeros", 1, 3, 2);
    bad("plus sign", "+1", "unexpected character '+'", 1, 1, 0);
    bad("NaN", "NaN", "unexpected character 'N'", 1, 1, 0);
    bad("Infinity", "[Infinity]", "unexpected character 'I'", 1, 2, 1);
    bad("-Infinity", "-Infinity", digit, 1, 2, 1);
    bad("hex number", "0x10", "unexpected character 'x'", 1, 2, 1);
    bad("fraction without digits", "[1.]", digit, 1, 4, 3);
    bad("fraction without digits at the end", "1.", end, 1, 3, 2);
    bad("fraction then exponent", "[1.e5]", digit, 1, 4, 3);
    bad("exponent without digits", "[1e+]", digit, 1, 5, 4);
    bad("exponent at the end", "1e", end, 1, 3, 2);
    bad("leading dot", ".5", "unexpected character '.'", 1, 1, 0);
    bad("lone minus", "-", end, 1, 2, 1);
    bad("double minus", "--1", digit, 1, 2, 1);
    bad("capitalised literal", "True", "unexpected character 'T'", 1, 1, 0);
    bad("misspelt literal", "nulL", "unexpected character 'L'", 1, 4, 3);
    bad("cut literal", "nul", end, 1, 4, 3);
    bad("literal run on", "[truex]", "unexpected character 'x'", 1, 6, 5);
    bad("missing colon", R"({"a" 1})", "unexpected character '1'", 1, 6, 5);
    bad("missing value", R"({"a":})", "unexpected character '}'", 1, 6, 5);
    bad("name without value", R"({"a"})", "unexpected character '}'", 1, 5, 4);
    bad("missing comma", "[1 2]", "unexpected character '2'", 1, 4, 3);
    bad("leading comma", "[,1]", "unexpected character ','", 1, 2, 1);
    bad("comma alone in an object", "{,}", "unexpected character ','", 1, 2, 1);
    bad("unclosed array", "[1", end, 1, 3, 2);
    bad("unclosed object", R"({"a":1)", end, 1, 7, 6);
    bad("unclosed string", R"("abc)", end, 1, 5, 4);
    bad("mismatched bracket", "[1}", "unexpected character '}'", 1, 3, 2);
    bad("mismatched brace", "{]", "unexpected character ']'", 1, 2, 1);
    bad("non-ASCII outside a string", "[é]", "unexpected character 'é' (U+00E9)", 1, 2, 1);
    bad("NUL between values", bytes("[1,\0 2]"), "unexpected character U+0000", 1, 4, 3);
    bad("DEL outside a string", "\x7F", "unexpected character U+007F", 1, 1, 0);

    // UTF-8
    bad("overlong NUL", "\"\xC0\x80\"", utf8, 1, 2, 1);
    bad("overlong two bytes", "\"\xC1\xBF\"", utf8, 1, 2, 1);
    bad("overlong three bytes", "\"\xE0\x80\xAF\"", utf8, 1, 2, 1);
    bad("overlong four bytes", "\"\xF0\x80\x80\xAF\"", utf8, 1, 2, 1);
    bad("encoded high surrogate", "\"\xED\xA0\x80\"", utf8, 1, 2, 1);
    bad("encoded low surrogate", "\"\xED\xBF\xBF\"", utf8, 1, 2, 1);
    bad("above U+10FFFF", "\"\xF4\x90\x80\x80\"", utf8, 1, 2, 1);
    bad("lead byte F5", "\"\xF5\x80\x80\x80\"", utf8, 1, 2, 1);
    bad("byte FF", "\"\xFF\"", utf8, 1, 2, 1);
    bad("lone continuation byte", "\"\x80\"", utf8, 1, 2, 1);
    bad("cut before the quote", "\"é\xC3\"", utf8, 1, 3, 3);
    bad("cut by a letter",
        "\"ab\xE2\x82"
        "x\"",
        utf8, 1, 4, 3);
    bad("cut by the end", "\"\xE2\x82", utf8, 1, 2, 1);
    bad("cut outside a string", "\xC3", utf8, 1, 1, 0);
    bad("in a name", "{\"k\xFF\":1}", utf8, 1, 4, 3);
    bad("UTF-16", bytes("\xFF\xFE[\0]\0"), utf8, 1, 1, 0);

    // Control characters, unescaped
    bad("NUL in a string", bytes("\"a\0b\""), "control character U+0000 is not allowed", 1, 3, 2);
    bad("U+001F in a string", "\"\x1F\"", "control character U+001F is not allowed", 1, 2, 1);
    bad("tab in a string", "\"a\tb\"", "control character U+0009 must be escaped in a string", 1, 3,
        2);
    bad("line feed in a string", "\"a\nb\"", "control character U+000A must be escaped in a string",
        1, 3, 2);
    bad("carriage return in a string", "\"\r\"",
        "control character U+000D must be escaped in a string", 1, 2, 1);
    bad("control character in a name", "{\"a\x01\":1}", "control character U+0001 is not allowed",
        1, 4, 3);

    // Escapes
    bad("unknown escape", R"("\x")", R"(invalid escape "\x")", 1, 2, 1);
    bad("capital U", R"("\U0041")", R"(invalid escape "\U")", 1, 2, 1);
    bad("escaped single quote", R"("\'")", R"(invalid escape "\'")", 1, 2, 1);
    bad("escaped digit", R"("a\0")", R"(invalid escape "\0")", 1, 3, 2);
    bad("escaped space", R"("\ ")", "invalid escape: a backslash followed by U+0020", 1, 2, 1);
    bad("escaped non-ASCII", R"("\é")",
        "invalid escape: a backslash followed by a non-ASCII character", 1, 2, 1);
    bad("short \\u escape", R"("\u12")", "invalid \\u escape: expected four hex digits", 1, 2, 1);
    bad("non-hex \\u escape", R"("\u12G4")", "invalid \\u escape: expected four hex digits", 1, 2,
        1);
    bad("signed \\u escape", R"("\u-123")", "invalid \\u escape: expected four hex digits", 1, 2,
        1);
    bad("\\u escape cut by the end", R"("\u12)", end, 1, 6, 5);
    bad("backslash at the end", R"("ab\)", end, 1, 5, 4);

    // Surrogates in escapes
    bad("lone high surrogate", R"("\uD800")", "invalid \\u escape: lone surrogate U+D800", 1, 2, 1);
    bad("lone low surrogate", R"("\uDC00")", "invalid \\u escape: lone surrogate U+DC00", 1, 2, 1);
    bad("high surrogate then a letter escape", R"("x\uD800\u0041")",
        "invalid \\u escape: lone surrogate U+D800", 1, 3, 2);
    bad("two high surrogates", R"("\uDBFF\uDBFF")", "invalid \\u escape: lone surrogate U+DBFF", 1,
        2, 1);
    bad("pair reversed", R"("\uDC00\uD800")", "invalid \\u escape: lone surrogate U+DC00", 1, 2, 1);
    bad("high surrogate then \\n", R"("\uD800\n")", "invalid \\u escape: lone surrogate U+D800", 1,
        2, 1);
    bad("high surrogate then a character", R"("\uD800x")",
        "invalid \\u escape: lone surrogate U+D800", 1, 2, 1);
    bad("high surrogate then raw low surrogate", "\"\\uD800\xED\xB0\x80\"",
        "invalid \\u escape: lone surrogate U+D800", 1, 2, 1);
    bad("low half not hex", R"("\uD83D\uDE0")", "invalid \\u escape: expected four hex digits", 1,
        8, 7);
    bad("high surrogate at the end", R"("\uD800)", end, 1, 8, 7);

    // Characters XML 1.0 cannot hold, escaped or not
    const auto notXml = [](const char *code) {
        return QStringLiteral("character U+%1 is not allowed (XML 1.0 cannot hold it)")
            .arg(QLatin1String(code));
    };
    bad("escaped U+0000", R"("\u0000")", notXml("0000"), 1, 2, 1);
    bad("escaped U+0008", R"("\u0008")", notXml("0008"), 1, 2, 1);
    bad("backspace escape", R"("a\b")", notXml("0008"), 1, 3, 2);
    bad("form feed escape", R"("\f")", notXml("000C"), 1, 2, 1);
    bad("escaped U+000B", R"("\u000B")", notXml("000B"), 1, 2, 1);
    bad("escaped U+000c", R"("\u000c")", notXml("000C"), 1, 2, 1);
    bad("escaped U+000E", R"("\u000E")", notXml("000E"), 1, 2, 1);
    bad("escaped U+001F", R"("\u001F")", notXml("001F"), 1, 2, 1);
    bad("escaped U+FFFE", R"("\uFFFE")", notXml("FFFE"), 1, 2, 1);
    bad("escaped U+ffff", R"("\uffff")", notXml("FFFF"), 1, 2, 1);
    bad("raw U+FFFE", "\"\xEF\xBF\xBE\"", notXml("FFFE"), 1, 2, 1);
    bad("raw U+FFFF", "\"ab\xEF\xBF\xBF\"", notXml("FFFF"), 1, 4, 3);
    bad("in a name", R"({"\u0001":1})", notXml("0001"), 1, 3, 2);
    bad("column in characters", "[\"é€😀\\b\"]", notXml("0008"), 1, 6, 11);

    // Duplicate member names
    bad("duplicate name", R"({"a":1,"a":2})", R"(duplicate member name "a")", 1, 8, 7);
    bad("duplicate after a nested object", R"({"uid":1,"x":{"uid":2},"uid":3})",
        R"(duplicate member name "uid")", 1, 24, 23);
    bad("duplicate deep inside", R"([[{"b":{"c":1,"c":2}}]])", R"(duplicate member name "c")", 1,
        15, 14);
    bad("duplicate through an escape", R"({"a":1,"\u0061":2})", R"(duplicate member name "a")", 1,
        8, 7);
    bad("duplicate in the second object", R"([{"a":1},{"a":1,"b":2,"a":3}])",
        R"(duplicate member name "a")", 1, 23, 22);
    bad("duplicate empty name", R"({"":1,"":2})", R"(duplicate member name "")", 1, 7, 6);
    {
        // Enough members that the hash table, not the plain comparison, finds it.
        QByteArray json = "{";
        for (int i = 0; i < 1000; ++i)
            json += "\"k" + QByteArray::number(i) + "\":" + QByteArray::number(i) + ",\n";
        json += "\"k573\":0}";
        bad("duplicate among a thousand", json, R"(duplicate member name "k573")", 1001, 1,
            json.lastIndexOf("\"k573\""));
    }
    {
        const QByteArray name(100, 'n');
        bad("long duplicate name is cut", "{\"" + name + "\":1,\"" + name + "\":2}",
            QStringLiteral("duplicate member name \"%1\u2026\"").arg(QString(80, u'n')), 1, 107,
            106);
    }

    // Limits
    bad("string over the limit", R"("abcd")", "the string is longer than 3 bytes", 1, 5, 4,
        limits(3));
    bad("character over the limit", R"("a€")", "the string is longer than 3 bytes", 1, 3, 2,
        limits(3));
    bad("escape over the limit", R"("ab\n\n")", "the string is longer than 3 bytes", 1, 6, 5,
        limits(3));
    bad("name over the limit", R"({"abcd":1})", "the member name is longer than 3 bytes", 1, 6, 5,
        limits(3));
    bad("number over the limit", "[12345]", "the number is longer than 3 bytes", 1, 5, 4,
        limits(3));
    bad("depth over the limit", "[[[1]]]", "the nesting is deeper than 2 levels", 1, 3, 2,
        limits(3, 2));
    bad("object depth over the limit", R"({"a":{"b":{}}})", "the nesting is deeper than 2 levels",
        1, 11, 10, limits(3, 2));
    bad("65 levels by default", QByteArray(65, '[') + QByteArray(65, ']'),
        "the nesting is deeper than 64 levels", 1, 65, 64);
    bad("input over the limit in whitespace", "[1,2] ", "the input is longer than 5 bytes", 1, 6, 5,
        limits(4, 64, 5));
    bad("input over the limit in a number", "[1,23]", "the input is longer than 5 bytes", 1, 6, 5,
        limits(4, 64, 5));
    bad("input over the limit in a string", R"("abcdef")", "the input is longer than 5 bytes", 1, 6,
        5, limits(4, 64, 5));

    // Lines and columns
    bad("column in characters on the third line", "{\n  \"naïve\": 1,\n  \"é€😀\": tru }",
        "unexpected character ' '", 3, 13, 35);
    bad("the column starts again on a new line", "[\"é\",\nx]", "unexpected character 'x'", 2, 1,
        7);
    bad("CR LF line ends", "{\r\n\"a\":1,\r\n\"a\":2}", R"(duplicate member name "a")", 3, 1, 11);
}

} // namespace

void TestJsonStreamReader::valid_data()
{
    addColumns();
    validRows();
}

void TestJsonStreamReader::valid()
{
    QFETCH(QByteArray, json);
    QFETCH(Limits, limits);
    QFETCH(QString, expected);
    JsonStreamReader reader(json, limits);
    QCOMPARE(dump(reader), expected);
    QCOMPARE(reader.errorString(), QString());
    QCOMPARE(reader.depth(), 0);
    // The document agrees with Qt's parser, which accepts more but not less.
    QJsonParseError error;
    QJsonDocument::fromJson("[" + json + "]", &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
}

void TestJsonStreamReader::invalid_data()
{
    addColumns();
    invalidRows();
}

void TestJsonStreamReader::invalid()
{
    QFETCH(QByteArray, json);
    QFETCH(Limits, limits);
    QFETCH(QString, expected);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(qint64, offset);
    JsonStreamReader reader(json, limits);
    const QString tokens = dump(reader);
    QVERIFY2(reader.token() == Token::Error, qPrintable(tokens));
    QCOMPARE(reader.errorString(), expected);
    QCOMPARE(reader.line(), line);
    QCOMPARE(reader.column(), column);
    QCOMPARE(reader.offset(), offset);
    QCOMPARE(reader.locatedErrorString(), QStringLiteral("line %1, column %2 (byte %3): %4")
                                              .arg(line)
                                              .arg(column)
                                              .arg(offset)
                                              .arg(expected));
}

void TestJsonStreamReader::chunking_data()
{
    addColumns();
    validRows();
    invalidRows();
}

// Where the reads happen to split the input changes nothing: not the tokens, not the values, not
// the error nor its position.
void TestJsonStreamReader::chunking()
{
    QFETCH(QByteArray, json);
    QFETCH(Limits, limits);
    JsonStreamReader whole(json, limits);
    const QString expected = dump(whole, true);

    JsonStreamReader bytewise(pieces(json, [] { return qint64(1); }), limits);
    QCOMPARE(dump(bytewise, true), expected);
    for (const qint64 size : {2, 3, 5, 7, 11}) {
        JsonStreamReader reader(pieces(json, [size] { return size; }), limits);
        QCOMPARE(dump(reader, true), expected);
    }
    for (quint32 seed = 1; seed <= 10; ++seed) {
        JsonStreamReader reader(randomPieces(json, seed, seed % 2 ? 4 : 40), limits);
        QCOMPARE(dump(reader, true), expected);
    }
}

void TestJsonStreamReader::tokenPositions()
{
    const QByteArray json = "{\n  \"é\": [1, \"x€\"],\r\n\t\"b\":\"😀\" }\n";
    JsonStreamReader reader(json);
    QStringList seen;
    for (Token token = reader.next(); token != Token::Error; token = reader.next()) {
        seen.append(QStringLiteral("%1@%2:%3/%4 d%5")
                        .arg(QLatin1String(tokenName(token)))
                        .arg(reader.line())
                        .arg(reader.column())
                        .arg(reader.offset())
                        .arg(reader.depth()));
        if (token == Token::EndDocument)
            break;
    }
    const QStringList expected = {
        "BeginObject@1:1/0 d1", "Name@2:3/4 d1",        "BeginArray@2:8/10 d2", "Number@2:9/11 d2",
        "String@2:12/14 d2",    "EndArray@2:16/20 d1",  "Name@3:2/25 d1",       "String@3:6/29 d1",
        "EndObject@3:10/36 d0", "EndDocument@4:1/38 d0"};
    QCOMPARE(seen, expected);
}

void TestJsonStreamReader::accessors()
{
    JsonStreamReader reader(QByteArray(R"({"name":"wa\"arde","n":-1.5E3,"t":true,"f":false})"));
    QCOMPARE(reader.token(), Token::None);
    QCOMPARE(reader.next(), Token::BeginObject);
    QCOMPARE(reader.text(), QString());
    QCOMPARE(reader.next(), Token::Name);
    QCOMPARE(reader.text(), QStringLiteral("name"));
    QCOMPARE(reader.utf8Text(), QByteArrayView("name"));
    QCOMPARE(reader.next(), Token::String);
    QCOMPARE(reader.text(), QStringLiteral("wa\"arde"));
    QCOMPARE(reader.numberText(), QByteArray());
    QCOMPARE(reader.next(), Token::Name);
    QCOMPARE(reader.next(), Token::Number);
    QCOMPARE(reader.numberText(), QByteArray("-1.5E3"));
    QCOMPARE(reader.text(), QString());
    QCOMPARE(reader.next(), Token::Name);
    QCOMPARE(reader.next(), Token::Bool);
    QVERIFY(reader.boolean());
    QCOMPARE(reader.next(), Token::Name);
    QCOMPARE(reader.next(), Token::Bool);
    QVERIFY(!reader.boolean());
    QCOMPARE(reader.next(), Token::EndObject);
    QCOMPARE(reader.next(), Token::EndDocument);
    QCOMPARE(reader.next(), Token::EndDocument);
    QCOMPARE(reader.errorString(), QString());
    QCOMPARE(reader.locatedErrorString(), QString());
}

void TestJsonStreamReader::errorIsSticky()
{
    JsonStreamReader reader(QByteArray(R"([1, x, 2])"));
    QCOMPARE(reader.next(), Token::BeginArray);
    QCOMPARE(reader.next(), Token::Number);
    QCOMPARE(reader.next(), Token::Error);
    const QString message = reader.errorString();
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(reader.next(), Token::Error);
        QCOMPARE(reader.errorString(), message);
        QCOMPARE(reader.offset(), qint64(4));
    }
    QJsonValue value;
    QVERIFY(!reader.readValue(&value));
    QVERIFY(!reader.skipValue());
    QCOMPARE(reader.errorString(), message);
}

void TestJsonStreamReader::readError()
{
    // Three good bytes, then the device fails.
    int calls = 0;
    JsonStreamReader failing(
        [&calls](char *buffer, qint64 max) -> qint64 {
            if (calls++ > 0)
                return -1;
            const qint64 count = std::min<qint64>(max, 3);
            std::memcpy(buffer, "[1,", size_t(count));
            return count;
        },
        Limits());
    QCOMPARE(dump(failing), QStringLiteral("[ 1 !the input could not be read"));
    QCOMPARE(failing.offset(), qint64(3));
    const int callsAtError = calls;
    QCOMPARE(failing.next(), Token::Error);
    QCOMPARE(calls, callsAtError); // no read after a failed one

    // A function that claims more than it was allowed to write is broken, not trusted.
    JsonStreamReader lying([](char *, qint64 max) -> qint64 { return max + 1; }, Limits());
    QCOMPARE(lying.next(), Token::Error);
    QCOMPARE(lying.errorString(), QStringLiteral("the input could not be read"));
}

void TestJsonStreamReader::readValueMatchesQJsonDocument_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("piece");
    const QByteArray golden = goldenPackage();
    const QByteArray crafted = R"({
        "numbers": [0, -0, 1, -1, 1.0, 2.5, -1e3, 1E-3, 9007199254740993, 9223372036854775807,
                    -9223372036854775808, 9223372036854775808, 12345678901234567890, 1e308],
        "text": ["", "plain", "café €", "\u00e9\ud83d\ude00", "tab\there", "a\/b", "\"q\""],
        "nested": {"z": {"y": [[], {}, [null, true, false]]}, "a": 1, "": "empty"},
        "deep": [[[[[[[[[[{"x": [1]}]]]]]]]]]]
    })";
    QTest::newRow("golden package, whole") << golden << 0;
    QTest::newRow("golden package, a byte at a time") << golden << 1;
    QTest::newRow("golden package, 7 bytes at a time") << golden << 7;
    QTest::newRow("crafted, whole") << crafted << 0;
    QTest::newRow("crafted, a byte at a time") << crafted << 1;
}

void TestJsonStreamReader::readValueMatchesQJsonDocument()
{
    QFETCH(QByteArray, json);
    QFETCH(int, piece);
    std::unique_ptr<JsonStreamReader> reader
        = piece == 0 ? std::make_unique<JsonStreamReader>(json)
                     : std::make_unique<JsonStreamReader>(pieces(json, [piece] { return piece; }),
                                                          Limits());
    reader->next();
    QJsonValue value;
    QVERIFY2(reader->readValue(&value), qPrintable(reader->locatedErrorString()));
    const QJsonValue expected = viaQt(json);
    QCOMPARE(value, expected);
    // Byte for byte, which also compares integers with doubles exactly as Qt stores them.
    QCOMPARE(QJsonDocument(value.toObject()).toJson(), QJsonDocument(expected.toObject()).toJson());
    QCOMPARE(reader->next(), Token::EndDocument);
}

void TestJsonStreamReader::readValueInsideAStream()
{
    JsonStreamReader reader(QByteArray(R"([{"a":1,"b":[2,"c"]}, "s", 3, [], {"d":null}])"));
    QCOMPARE(reader.next(), Token::BeginArray);
    QCOMPARE(reader.next(), Token::BeginObject);
    QJsonValue value;
    QVERIFY(reader.readValue(&value));
    QCOMPARE(value, viaQt(R"({"a":1,"b":[2,"c"]})"));
    QCOMPARE(reader.token(), Token::EndObject);
    QCOMPARE(reader.depth(), 1);
    QCOMPARE(reader.next(), Token::String);
    QVERIFY(reader.readValue(&value));
    QCOMPARE(value, QJsonValue(QStringLiteral("s")));
    QCOMPARE(reader.next(), Token::Number);
    QVERIFY(reader.readValue(&value));
    QCOMPARE(value, QJsonValue(3));
    QVERIFY(value.toVariant().typeId() == QMetaType::LongLong);
    QCOMPARE(reader.next(), Token::BeginArray);
    QVERIFY(reader.readValue(&value));
    QCOMPARE(value, QJsonValue(QJsonArray()));
    QCOMPARE(reader.next(), Token::BeginObject);
    QVERIFY(reader.readValue(&value));
    QCOMPARE(value, viaQt(R"({"d":null})"));
    QCOMPARE(reader.next(), Token::EndArray);
    QCOMPARE(reader.next(), Token::EndDocument);
}

void TestJsonStreamReader::readValueRefusesWhatStreamingRefuses()
{
    const QByteArray json = R"([{"a":{"b":[{"c":1,"c":2}]}}])";
    JsonStreamReader reader(json);
    QCOMPARE(reader.next(), Token::BeginArray);
    QCOMPARE(reader.next(), Token::BeginObject);
    QJsonValue value;
    QVERIFY(!reader.readValue(&value));
    QCOMPARE(reader.token(), Token::Error);
    QCOMPARE(reader.errorString(), QStringLiteral("duplicate member name \"c\""));
    QCOMPARE(reader.offset(), qint64(json.lastIndexOf("\"c\"")));

    JsonStreamReader deep(QByteArray(R"({"a":[[1]]})"), limits(4, 2));
    QCOMPARE(deep.next(), Token::BeginObject);
    QVERIFY(!deep.readValue(&value));
    QCOMPARE(deep.errorString(), QStringLiteral("the nesting is deeper than 2 levels"));

    JsonStreamReader control(QByteArray(R"({"a":["\u0000"]})"));
    QCOMPARE(control.next(), Token::BeginObject);
    QVERIFY(!control.readValue(&value));
    QCOMPARE(control.column(), 8);
}

// Qt refuses these too; streaming passes the text on, for a caller that wants it.
void TestJsonStreamReader::readValueRefusesNumbersOutOfRange()
{
    for (const QByteArray number : {"1e400", "-1e400", "1e-400"}) {
        JsonStreamReader reader("[0, " + number + "]");
        QCOMPARE(reader.next(), Token::BeginArray);
        QJsonValue value;
        QVERIFY(reader.readValue(&value) == false);
        QCOMPARE(reader.errorString(),
                 QStringLiteral("the number %1 is out of range").arg(QString::fromLatin1(number)));
        QCOMPARE(reader.offset(), qint64(4));

        JsonStreamReader streaming("[0, " + number + "]");
        QCOMPARE(dump(streaming), QStringLiteral("[ 0 %1 ] $").arg(QString::fromLatin1(number)));
    }
}

void TestJsonStreamReader::readValueNeedsAValue()
{
    JsonStreamReader reader(QByteArray(R"({"a":1})"));
    QJsonValue value;
    QVERIFY(!reader.readValue(&value)); // before the first token
    QCOMPARE(reader.token(), Token::Error);
    QCOMPARE(reader.errorString(), QStringLiteral("the current token does not begin a value"));

    JsonStreamReader atName(QByteArray(R"({"a":1})"));
    QCOMPARE(atName.next(), Token::BeginObject);
    QCOMPARE(atName.next(), Token::Name);
    QVERIFY(!atName.skipValue());
    QCOMPARE(atName.token(), Token::Error);
    QCOMPARE(atName.offset(), qint64(1));
}

// QJsonObject inserts by moving the keys behind; in the wrong order a 100,000-member object
// would take minutes. (Correctness is what is asserted; a regression shows as a slow test.)
void TestJsonStreamReader::readValueOfALargeObject()
{
    QByteArray json = "{";
    for (int i = 100000; i > 0; --i)
        json += "\"member" + QByteArray::number(i) + "\":" + QByteArray::number(i) + ',';
    json.back() = '}';
    JsonStreamReader reader(json);
    QCOMPARE(reader.next(), Token::BeginObject);
    QJsonValue value;
    QVERIFY(reader.readValue(&value));
    QCOMPARE(value.toObject().size(), 100000);
    QCOMPARE(value, viaQt(json));
}

void TestJsonStreamReader::skipValue()
{
    JsonStreamReader reader(QByteArray(R"({"skip":{"a":[1,{"b":2}],"c":"d"},"keep":[true]})"));
    QCOMPARE(reader.next(), Token::BeginObject);
    QCOMPARE(reader.next(), Token::Name);
    QCOMPARE(reader.next(), Token::BeginObject);
    QVERIFY(reader.skipValue());
    QCOMPARE(reader.token(), Token::EndObject);
    QCOMPARE(reader.depth(), 1);
    QCOMPARE(reader.next(), Token::Name);
    QCOMPARE(reader.text(), QStringLiteral("keep"));
    QCOMPARE(reader.next(), Token::BeginArray);
    QCOMPARE(reader.next(), Token::Bool);
    QVERIFY(reader.skipValue()); // a scalar is its own end
    QCOMPARE(reader.next(), Token::EndArray);
    QCOMPARE(reader.next(), Token::EndObject);
    QCOMPARE(reader.next(), Token::EndDocument);

    JsonStreamReader duplicate(QByteArray(R"([{"a":[{"x":1,"x":1}]}])"));
    QCOMPARE(duplicate.next(), Token::BeginArray);
    QCOMPARE(duplicate.next(), Token::BeginObject);
    QVERIFY(!duplicate.skipValue());
    QCOMPARE(duplicate.errorString(), QStringLiteral("duplicate member name \"x\""));
    QCOMPARE(duplicate.offset(), qint64(14));
}

// One array of small objects, made as the reader asks for it and never held whole. The reader's
// own memory stays under two read buffers however long the input, and every object arrives.
//
// Throughput, by hand: KD_JSON_STREAM_MB=500 build/bin/tst_jsonstreamreader largeDocumentStreams
// prints the time; nothing asserts it, as timings depend on the machine and its load. The figures
// are in jsonstreamreader.cpp.
void TestJsonStreamReader::largeDocumentStreams()
{
    const qint64 megabytes = qEnvironmentVariableIsSet("KD_JSON_STREAM_MB")
                                 ? qEnvironmentVariableIntValue("KD_JSON_STREAM_MB")
                                 : 50;
    const qint64 target = megabytes * MiB;
    // Indented like the program's own packages; the counter is patched in place, so that making
    // the input costs little next to reading it.
    const QByteArray item = "    {\n"
                            "        \"uid\": \"6f1c0000-0000-4000-8000-000000000000\",\n"
                            "        \"title\": \"Dilemma \\u2013 caf\xC3\xA9 000000000000\",\n"
                            "        \"n\": 1000000000000,\n"
                            "        \"weight\": -0.5e-3,\n"
                            "        \"text\": \"Een wat langere tekst over informatie delen "
                            "tussen professionals, zonder bijzondere tekens.\",\n"
                            "        \"tags\": [\"zorg\", \"schulden\"],\n"
                            "        \"open\": true,\n"
                            "        \"note\": null\n"
                            "    }";
    const qsizetype uidDigits = item.indexOf("000000000000\"");
    const qsizetype titleDigits = item.indexOf("000000000000\",\n        \"n\"");
    const qsizetype numberDigits = item.indexOf("000000000000,");
    struct State
    {
        QByteArray pending = "[\n";
        qsizetype used = 0;
        qint64 items = 0;
        qint64 served = 0;
        bool closed = false;
    };
    auto state = std::make_shared<State>();
    const auto read = [=](char *buffer, qint64 max) -> qint64 {
        qint64 written = 0;
        while (written < max) {
            if (state->used == state->pending.size()) {
                if (state->closed)
                    break;
                state->used = 0;
                if (state->served >= target) {
                    state->pending = "\n]\n";
                    state->closed = true;
                    continue;
                }
                state->pending = item;
                char digits[13];
                std::snprintf(digits, sizeof digits, "%012lld", state->items);
                std::memcpy(state->pending.data() + uidDigits, digits, 12);
                std::memcpy(state->pending.data() + titleDigits, digits, 12);
                std::memcpy(state->pending.data() + numberDigits, digits, 12);
                state->pending.prepend(state->items == 0 ? "" : ",\n");
                ++state->items;
            }
            const qint64 count
                = std::min<qint64>(max - written, state->pending.size() - state->used);
            std::memcpy(buffer + written, state->pending.constData() + state->used, size_t(count));
            state->used += count;
            written += count;
        }
        state->served += written;
        return written;
    };

    const qint64 residentBefore = residentBytes();
    qint64 residentMost = residentBefore;
    QElapsedTimer timer;
    timer.start();
    JsonStreamReader reader(read, Limits());
    QCOMPARE(reader.next(), Token::BeginArray);
    qint64 objects = 0;
    qint64 strings = 0;
    qint64 largestHeld = 0;
    for (;;) {
        const Token token = reader.next();
        if (token == Token::BeginObject) {
            largestHeld = std::max(largestHeld, reader.heldBytes());
        } else if (token == Token::EndObject) {
            if (++objects % 10000 == 0)
                residentMost = std::max(residentMost, residentBytes());
        } else if (token == Token::String) {
            strings += reader.text().size() > 0;
        } else if (token == Token::Number && reader.depth() == 2
                   && reader.numberText().startsWith('1')) {
            // "n" counts the objects: a token lost or repeated would show here.
            if (reader.numberText().toLongLong() != 1000000000000LL + objects)
                QFAIL(qPrintable(QStringLiteral("object %1 has n %2")
                                     .arg(objects)
                                     .arg(QString::fromLatin1(reader.numberText()))));
        } else if ((token == Token::EndArray && reader.depth() == 0) || token == Token::Error) {
            break;
        }
    }
    const qint64 elapsed = std::max<qint64>(timer.elapsed(), 1);
    QVERIFY2(reader.token() == Token::EndArray, qPrintable(reader.locatedErrorString()));
    QCOMPARE(reader.next(), Token::EndDocument);
    QCOMPARE(objects, state->items);
    QCOMPARE(strings, objects * 5);
    QCOMPARE(reader.offset(), state->served);
    QCOMPARE(reader.line(), int(objects * 10 + 3));
    QVERIFY(state->served >= target);
    QVERIFY2(largestHeld < 2 * ReadBuffer,
             qPrintable(QStringLiteral("the reader held %1 bytes").arg(largestHeld)));
    // AddressSanitizer keeps freed memory in quarantine (256 MB), so the process's size says
    // nothing there; the reader's own count above still does.
#if !defined(__SANITIZE_ADDRESS__)
    const bool residentCounts = residentBefore > 0;
#else
    const bool residentCounts = false;
#endif
    if (residentCounts) {
        QVERIFY2(
            residentMost - residentBefore < 8 * MiB,
            qPrintable(
                QStringLiteral("the process grew by %1 bytes").arg(residentMost - residentBefore)));
    }
    qInfo("streamed %lld MB (%lld objects) in %lld ms: %lld MB/s", state->served / MiB, objects,
          elapsed, state->served / MiB * 1000 / elapsed);
}

void TestJsonStreamReader::endlessInputStops_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Limits>("limits");
    QTest::addColumn<QString>("message");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<int>("column");
    const qint64 limit = 4 * MiB;
    const QString longString = QStringLiteral("the string is longer than 4194304 bytes");
    QTest::newRow("ASCII string") << QByteArray("\"") << QByteArray("a") << Limits() << longString
                                  << 1 + limit << int(2 + limit);
    // 2 bytes a character: the limit falls after 2 MiB characters.
    QTest::newRow("two-byte characters") << QByteArray("[\"") << QByteArray("é") << Limits()
                                         << longString << 2 + limit << int(3 + limit / 2);
    // 6 input bytes for every 2 decoded ones.
    QTest::newRow("escapes") << QByteArray("\"") << QByteArray("\\u00e9") << Limits() << longString
                             << 1 + 3 * limit << int(2 + 3 * limit);
    // Not a power of two, so that growing by doubling alone would overshoot it.
    QTest::newRow("string, odd limit") << QByteArray("\"") << QByteArray("a") << limits(3 * MiB + 1)
                                       << QStringLiteral("the string is longer than 3145729 bytes")
                                       << 2 + 3 * MiB << int(3 + 3 * MiB);
    QTest::newRow("member name") << QByteArray("{\"") << QByteArray("n") << Limits()
                                 << QStringLiteral("the member name is longer than 4194304 bytes")
                                 << 2 + limit << int(3 + limit);
    QTest::newRow("number") << QByteArray("-") << QByteArray("9") << Limits()
                            << QStringLiteral("the number is longer than 4194304 bytes") << limit
                            << int(1 + limit);
    QTest::newRow("nesting") << QByteArray() << QByteArray("[") << Limits()
                             << QStringLiteral("the nesting is deeper than 64 levels") << qint64(64)
                             << 65;
    // Nothing in the document grows here; only maxInputBytes ends it.
    QTest::newRow("whitespace") << QByteArray("[") << QByteArray("   ")
                                << limits(limit, 64, 8 * MiB)
                                << QStringLiteral("the input is longer than 8388608 bytes")
                                << 8 * MiB << int(1 + 8 * MiB);
    QTest::newRow("small objects")
        << QByteArray("[") << QByteArray("{\"a\":[1]},") << limits(limit, 64, 8 * MiB)
        << QStringLiteral("the input is longer than 8388608 bytes") << 8 * MiB << int(1 + 8 * MiB);
}

// The reader stops at the limit, having taken in hardly more than the limit and holding no more
// than it plus one read buffer.
void TestJsonStreamReader::endlessInputStops()
{
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, body);
    QFETCH(Limits, limits);
    QFETCH(QString, message);
    QFETCH(qint64, offset);
    QFETCH(int, column);
    auto served = std::make_shared<qint64>(0);
    JsonStreamReader reader(endless(head, body, served), limits);
    qint64 largestHeld = 0;
    for (int i = 0; i < 100000000; ++i) {
        const Token token = reader.next();
        largestHeld = std::max(largestHeld, reader.heldBytes());
        if (token == Token::Error || token == Token::EndDocument)
            break;
    }
    QCOMPARE(reader.token(), Token::Error);
    QCOMPARE(reader.errorString(), message);
    QCOMPARE(reader.offset(), offset);
    QCOMPARE(reader.line(), 1);
    QCOMPARE(reader.column(), column);
    QVERIFY2(*served <= offset + 2 * ReadBuffer,
             qPrintable(QStringLiteral("read %1 bytes").arg(*served)));
    QVERIFY2(largestHeld <= limits.maxStringBytes + 2 * ReadBuffer,
             qPrintable(QStringLiteral("held %1 bytes").arg(largestHeld)));
}

// The messages go through the translator under the class's context, so the editor can show
// them in Dutch.
void TestJsonStreamReader::messagesAreTranslatable()
{
    class Shouting : public QTranslator
    {
    public:
        bool isEmpty() const override { return false; }
        QString translate(const char *context, const char *sourceText, const char *,
                          int) const override
        {
            if (qstrcmp(context, "kd::JsonStreamReader") != 0)
                return {};
            return QString::fromUtf8(sourceText).toUpper();
        }
    };
    Shouting translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    JsonStreamReader reader(QByteArray(R"({"uid":1,"uid":2})"));
    dump(reader);
    const QString located = reader.locatedErrorString();
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(reader.errorString(), QStringLiteral("DUPLICATE MEMBER NAME \"uid\""));
    QCOMPARE(located, QStringLiteral("LINE 1, COLUMN 10 (BYTE 9): DUPLICATE MEMBER NAME \"uid\""));
}

QTEST_GUILESS_MAIN(TestJsonStreamReader)
#include "tst_jsonstreamreader.moc"
