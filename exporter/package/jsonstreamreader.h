#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QString>

#include <functional>
#include <limits>
#include <memory>
#include <vector>

namespace kd {

// A strict pull parser for JSON that may come from an attacker, read as a stream: the caller asks
// for one token at a time and the reader holds only one read buffer, the string or number being
// read, and the member names of the objects still open (to refuse duplicates), never the input
// already consumed. It accepts exactly RFC 8259 (one value, no BOM, comments, trailing commas or
// other leniencies), valid UTF-8 only, and strings that an XML 1.0 document can hold, because
// package content must survive the XML round trip; duplicate member names, over-long strings,
// deep nesting and over-long input are refused. The first error stops the reader and says what
// is wrong and where: line, column (in characters) and byte offset.
class JsonStreamReader
{
public:
    // Pulls up to max bytes into buffer; returns the count, 0 at the end, -1 on a read error.
    using ReadFunction = std::function<qint64(char *buffer, qint64 max)>;
    struct Limits
    {
        qsizetype maxStringBytes = 4 * 1024 * 1024; // a decoded string or member name, in UTF-8
                                                    // bytes; also the text of a number
        int maxDepth = 64;                          // nesting of arrays and objects
        qint64 maxInputBytes = std::numeric_limits<qint64>::max();
    };
    enum class Token {
        None,
        BeginObject,
        EndObject,
        BeginArray,
        EndArray,
        Name,
        String,
        Number,
        Bool,
        Null,
        EndDocument,
        Error
    };

    JsonStreamReader(ReadFunction read, Limits limits);
    // Convenience for tests and small documents; the bytes are shared, not copied. Two overloads
    // rather than "Limits limits = {}": GCC cannot use a nested struct's default member
    // initializers in a default argument inside the enclosing class.
    explicit JsonStreamReader(const QByteArray &data);
    JsonStreamReader(const QByteArray &data, Limits limits);
    ~JsonStreamReader();
    JsonStreamReader(const JsonStreamReader &) = delete;
    JsonStreamReader &operator=(const JsonStreamReader &) = delete;

    // Advances to the next token. EndDocument and Error are sticky.
    Token next();
    Token token() const { return m_token; }
    // The decoded Name or String, built from the validated bytes on each call: call it once per
    // token, and compare names through utf8Text(), which builds nothing.
    QString text() const;
    // The same as validated UTF-8, without building a QString; valid until next().
    QByteArrayView utf8Text() const;
    // The Number's text as written (validated JSON number grammar).
    QByteArray numberText() const;
    bool boolean() const { return m_boolean; }

    // Reads the whole value that starts at the current token (BeginObject, BeginArray, String,
    // Number, Bool or Null) into a tree, consuming through its end, so that the current token is
    // then the value's last one. Duplicates etc. are refused exactly as in streaming; numbers
    // become what QJsonDocument makes of them, and one a double cannot hold (1e400) is refused.
    // False (and token() == Error) on error, also when the current token begins no value.
    [[nodiscard]] bool readValue(QJsonValue *value);
    // The same, without building anything.
    [[nodiscard]] bool skipValue();

    // Where the current token starts (or, after an error, where the offending character is).
    qint64 offset() const { return m_position.offset; } // byte offset in the input
    int line() const { return m_position.line; }        // 1-based
    int column() const { return m_position.column; }    // 1-based, in characters, not bytes
    // What is wrong, without the position (like PackageError::message); empty without an error.
    QString errorString() const { return m_error; }
    // "line 3, column 7 (byte 42): duplicate member name "uid"" for logs and the command line.
    QString locatedErrorString() const;
    // Open arrays and objects after the current token: 1 after a top-level BeginObject.
    int depth() const { return m_depth; }

    // The bytes the reader holds now (read buffer, string buffer, names of the open objects), for
    // tests and diagnostics: it must not grow with the input.
    qint64 heldBytes() const;

private:
    enum class Expect : quint8 {
        Value,
        FirstValueOrEnd,
        FirstNameOrEnd,
        Name,
        Colon,
        CommaOrEnd,
        End
    };
    enum class Input : quint8 { Open, End, ReadError, TooLong };
    struct Position
    {
        qint64 offset = 0;
        int line = 1;
        int column = 1;
    };

    // The member names of one open object, to refuse a duplicate: kept in one block of bytes
    // (not one allocation per name), compared directly while the object is small and through an
    // open-addressing hash table (seeded, so collisions cannot be planned) once it is not.
    class NameSet
    {
    public:
        void clear();
        // False if the name is already present.
        bool insert(QByteArrayView name);
        qint64 heldBytes() const;

    private:
        QByteArrayView at(qsizetype index) const;
        void rebuildTable(qsizetype slotCount);

        std::vector<char> m_bytes;
        std::vector<std::pair<qsizetype, qsizetype>> m_names; // offset and size in m_bytes
        std::vector<qsizetype> m_table;                       // index + 1, 0 for a free slot
    };
    struct Level
    {
        bool object = false;
        NameSet names;
    };

    enum class StringKind : quint8 { String, Name, Number };
    enum class Utf8 : quint8 { Ok, Invalid, Cut };

    // Input
    bool readMore();
    bool ensure(qsizetype count);
    bool atEnd();
    int peekByte();
    qint64 offsetOf(const char *p) const;
    Position positionOf(const char *p) const;

    // Tokens
    Token set(Token token);
    bool checkStart();
    bool skipWhitespace();
    Token beginValue(unsigned char c);
    Token beginContainer(bool object);
    Token endContainer();
    Token afterValue(Token token);
    bool checkName();
    bool readString(StringKind kind);
    bool readEscape();
    bool readUnicodeEscape();
    Utf8 decodeUtf8(char32_t *code, qsizetype *length);
    bool readUtf8();
    bool readDigits();
    bool readNumber();
    bool readLiteral(QByteArrayView literal);
    bool appendRun(const char *run, qsizetype size);
    bool appendChar(const char *bytes, qsizetype size, const char *where);
    void reserveString(qsizetype needed);

    // Errors
    Token fail(const Position &where, const QString &message);
    Token failAt(const char *p, const QString &message);
    Token failAtEnd();
    Token failUnexpected();
    void failNotXml(const char *p, char32_t code);
    void failTooLong(const char *p);
    void failNoValue();

    // Values
    bool scalarValue(QJsonValue *value);

    ReadFunction m_read;
    Limits m_limits;

    std::unique_ptr<char[]> m_buffer;
    const char *m_pos = nullptr;
    const char *m_end = nullptr;
    qint64 m_bufferOffset = 0; // the input offset of m_buffer[0]
    qint64 m_totalRead = 0;
    Input m_input = Input::Open;
    // A column is the bytes since the line's start less the UTF-8 continuation bytes among them;
    // only strings hold non-ASCII, so counting those there keeps the column exact for free.
    qint64 m_line = 1;
    qint64 m_lineStart = 0;
    qint64 m_lineContinuations = 0;

    Token m_token = Token::None;
    Expect m_expect = Expect::Value;
    Position m_position;
    QString m_error;
    std::vector<Level> m_levels; // grown, never shrunk, so that names keep their capacity
    int m_depth = 0;

    // The string, member name or number being read, as validated UTF-8. Grown by hand, because
    // std::string and std::vector may double past the limit.
    std::unique_ptr<char[]> m_string;
    qsizetype m_stringSize = 0;
    qsizetype m_stringCapacity = 0;
    StringKind m_stringKind = StringKind::String;
    bool m_boolean = false;
};

} // namespace kd
