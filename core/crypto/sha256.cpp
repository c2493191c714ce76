#include "sha256.h"

#include <nettle/sha2.h>

namespace kd {

struct Sha256::Context
{
    sha256_ctx ctx;
};

Sha256::Sha256()
    : m_context(std::make_unique<Context>())
{
    sha256_init(&m_context->ctx);
}

Sha256::~Sha256() = default;

void Sha256::addData(QByteArrayView bytes)
{
    sha256_update(&m_context->ctx, size_t(bytes.size()),
                  reinterpret_cast<const uint8_t *>(bytes.data()));
}

QString Sha256::hexResult()
{
    QByteArray digest(SHA256_DIGEST_SIZE, Qt::Uninitialized);
    // sha256_digest also resets the context for the next use.
    sha256_digest(&m_context->ctx, SHA256_DIGEST_SIZE, reinterpret_cast<uint8_t *>(digest.data()));
    return QString::fromLatin1(digest.toHex());
}

QString Sha256::hex(QByteArrayView bytes)
{
    Sha256 hash;
    hash.addData(bytes);
    return hash.hexResult();
}

} // namespace kd
