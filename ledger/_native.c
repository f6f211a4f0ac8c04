/* Optional native speed-up for ledger verification: the per-entry loop of ``ledger._check`` in C.
 *
 * ``check_joined`` takes a chunk of consecutive leaves joined by "\n" and does what the fast path of
 * ``ledger._check.check_chunk`` does in Python: the envelope after ``data`` in its exact canonical layout
 * (``,"kind":"<known kind>","log":<origin>,"prev":"<64 lowercase hex>","seq":<position>,"time":"<RFC 3339
 * micro-second UTC>","v":1}``), the hash chain inside the chunk, the RFC 9162 leaf hashes and the chunk's
 * Merkle root, and with ``strict`` that each ``data`` object is canonical RFC 8785 JSON (only where it is sure:
 * ASCII, unescaped keys). It returns None whenever anything is off or unsure; the caller then runs the exact
 * Python checks, which name the first bad entry. So this module only ever speeds up an acceptance the Python path would also give
 * (tests/ledger/test_ledger_native.py checks the two against each other on valid and mutated chunks).
 *
 * The loop runs without the GIL, so several threads verify chunks in parallel. SHA-256 is FIPS 180-4's,
 * with the x86 SHA extensions when the CPU has them (OpenSSL's one-shot calls cost more in set-up than a
 * 400-byte leaf costs to hash); ``sha256`` exposes both implementations so tests compare them with hashlib.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <string.h>

#include <stdint.h>
#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#include <immintrin.h>
#define HAVE_X86 1
#endif

#define HASH 32
#define MAX_KINDS 64

static const char HEAD[] = "{\"data\":{";
static const char KIND_MARK[] = ",\"kind\":\"";
static const char LOG_MARK[] = "\",\"log\":";
static const char PREV_MARK[] = ",\"prev\":\"";
static const char SEQ_MARK[] = "\",\"seq\":";
static const char TIME_MARK[] = ",\"time\":\"";
static const char END_MARK[] = "\",\"v\":1}";
#define LIT(s) (sizeof(s) - 1)


/* --- SHA-256 ------------------------------------------------------------------------------------------- */

static const uint32_t K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

static const uint32_t H0[8] = {
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
};

#define ROR(x, n) (((x) >> (n)) | ((x) << (32 - (n))))

static void compress_generic(uint32_t st[8], const unsigned char *data, size_t blocks) {
    for (; blocks; blocks--, data += 64) {
        uint32_t w[64];
        for (int t = 0; t < 16; t++) {
            w[t] = (uint32_t)data[4 * t] << 24 | (uint32_t)data[4 * t + 1] << 16 |
                   (uint32_t)data[4 * t + 2] << 8 | (uint32_t)data[4 * t + 3];
        }
        for (int t = 16; t < 64; t++) {
            uint32_t s0 = ROR(w[t - 15], 7) ^ ROR(w[t - 15], 18) ^ (w[t - 15] >> 3);
            uint32_t s1 = ROR(w[t - 2], 17) ^ ROR(w[t - 2], 19) ^ (w[t - 2] >> 10);
            w[t] = w[t - 16] + s0 + w[t - 7] + s1;
        }
        uint32_t a = st[0], b = st[1], c = st[2], d = st[3], e = st[4], f = st[5], g = st[6], h = st[7];
        for (int t = 0; t < 64; t++) {
            uint32_t t1 = h + (ROR(e, 6) ^ ROR(e, 11) ^ ROR(e, 25)) + ((e & f) ^ (~e & g)) + K[t] + w[t];
            uint32_t t2 = (ROR(a, 2) ^ ROR(a, 13) ^ ROR(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
            h = g, g = f, f = e, e = d + t1, d = c, c = b, b = a, a = t1 + t2;
        }
        st[0] += a, st[1] += b, st[2] += c, st[3] += d, st[4] += e, st[5] += f, st[6] += g, st[7] += h;
    }
}

#ifdef HAVE_X86
#define SHANI __attribute__((target("sha,sse4.1,ssse3")))

/* ``L`` messages of ``blocks`` blocks each at once: the rounds of one fill the others' latency (the SHA
 * round instruction's latency is several times its throughput). ``L`` is a constant where this is inlined. */
SHANI static inline __attribute__((always_inline)) void shani_lanes(const int L, uint32_t *st[],
                                                                     const unsigned char *m[], size_t blocks) {
    const __m128i mask = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i s0[4], s1[4];
    for (int l = 0; l < L; l++) {
        __m128i tmp = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)&st[l][0]), 0xB1); /* CDAB */
        s1[l] = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)&st[l][4]), 0x1B);      /* EFGH */
        s0[l] = _mm_alignr_epi8(tmp, s1[l], 8);                                             /* ABEF */
        s1[l] = _mm_blend_epi16(s1[l], tmp, 0xF0);                                          /* CDGH */
    }
    for (size_t b = 0; b < blocks; b++) {
        __m128i save0[4], save1[4], w[4][4];
        for (int l = 0; l < L; l++) save0[l] = s0[l], save1[l] = s1[l];
#pragma GCC unroll 16
        for (int g = 0; g < 16; g++) {
            const __m128i k = _mm_loadu_si128((const __m128i *)&K[4 * g]);
            for (int l = 0; l < L; l++) {
                __m128i x;
                if (g < 4) {
                    x = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(m[l] + 64 * b + 16 * g)), mask);
                } else {
                    x = _mm_sha256msg1_epu32(w[l][g & 3], w[l][(g + 1) & 3]);
                    x = _mm_add_epi32(x, _mm_alignr_epi8(w[l][(g + 3) & 3], w[l][(g + 2) & 3], 4));
                    x = _mm_sha256msg2_epu32(x, w[l][(g + 3) & 3]);
                }
                w[l][g & 3] = x;
                __m128i msg = _mm_add_epi32(x, k);
                s1[l] = _mm_sha256rnds2_epu32(s1[l], s0[l], msg);
                s0[l] = _mm_sha256rnds2_epu32(s0[l], s1[l], _mm_shuffle_epi32(msg, 0x0E));
            }
        }
        for (int l = 0; l < L; l++) s0[l] = _mm_add_epi32(s0[l], save0[l]), s1[l] = _mm_add_epi32(s1[l], save1[l]);
    }
    for (int l = 0; l < L; l++) {
        __m128i tmp = _mm_shuffle_epi32(s0[l], 0x1B);  /* FEBA */
        __m128i t1 = _mm_shuffle_epi32(s1[l], 0xB1);   /* DCHG */
        _mm_storeu_si128((__m128i *)&st[l][0], _mm_blend_epi16(tmp, t1, 0xF0)); /* DCBA */
        _mm_storeu_si128((__m128i *)&st[l][4], _mm_alignr_epi8(t1, tmp, 8));   /* HGFE */
    }
}

SHANI static void shani_x1(uint32_t *st[], const unsigned char *m[], size_t n) { shani_lanes(1, st, m, n); }
SHANI static void shani_x2(uint32_t *st[], const unsigned char *m[], size_t n) { shani_lanes(2, st, m, n); }
SHANI static void shani_x3(uint32_t *st[], const unsigned char *m[], size_t n) { shani_lanes(3, st, m, n); }
SHANI static void shani_x4(uint32_t *st[], const unsigned char *m[], size_t n) { shani_lanes(4, st, m, n); }

static void compress_shani(uint32_t st[8], const unsigned char *data, size_t blocks) {
    uint32_t *sts[1] = {st};
    const unsigned char *ms[1] = {data};
    shani_x1(sts, ms, blocks);
}

static int cpu_has_shani(void) {
    unsigned int a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d) || !(c & bit_SSSE3) || !(c & bit_SSE4_1)) return 0;
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d)) return 0;
    return (b & (1u << 29)) != 0;
}
#endif

typedef void (*compress_fn)(uint32_t st[8], const unsigned char *data, size_t blocks);
static compress_fn compress = compress_generic;

static void state_out(const uint32_t st[8], unsigned char out[HASH]) {
    for (int i = 0; i < 8; i++) {
        out[4 * i] = (unsigned char)(st[i] >> 24), out[4 * i + 1] = (unsigned char)(st[i] >> 16);
        out[4 * i + 2] = (unsigned char)(st[i] >> 8), out[4 * i + 3] = (unsigned char)st[i];
    }
}

/* SHA-256 of ``len`` bytes of ``data`` with ``fn`` (the module's ``sha256``, for tests against hashlib). */
static void sha256_with(compress_fn fn, const unsigned char *data, size_t len, unsigned char out[HASH]) {
    uint32_t st[8];
    unsigned char buf[128];
    const uint64_t bits = (uint64_t)len * 8;
    memcpy(st, H0, sizeof st);
    size_t blocks = len / 64;
    if (blocks) fn(st, data, blocks), data += 64 * blocks, len -= 64 * blocks;
    memcpy(buf, data, len);
    buf[len++] = 0x80;
    size_t padded = len <= 56 ? 64 : 128;
    memset(buf + len, 0, padded - 8 - len);
    for (int i = 0; i < 8; i++) buf[padded - 1 - i] = (unsigned char)(bits >> (8 * i));
    fn(st, buf, padded / 64);
    state_out(st, out);
}

/* The padded SHA-256 message of ``prefix`` (none when negative) + ``data`` in ``buf``; returns its blocks. */
static size_t pad_message(int prefix, const unsigned char *data, size_t len, unsigned char *buf) {
    size_t n = 0;
    if (prefix >= 0) buf[n++] = (unsigned char)prefix;
    memcpy(buf + n, data, len);
    n += len;
    const uint64_t bits = (uint64_t)n * 8;
    buf[n++] = 0x80;
    size_t total = (n + 8 + 63) / 64 * 64;
    memset(buf + n, 0, total - 8 - n);
    for (int i = 0; i < 8; i++) buf[total - 1 - i] = (unsigned char)(bits >> (8 * i));
    return total / 64;
}


typedef struct {
    const unsigned char *msg; /* padded (pad_message) */
    size_t blocks;
    unsigned char *out;
} job;

/* The digests of up to four padded messages, interleaved when the CPU allows. */
static void sha256_jobs(const job *jobs, int n) {
    uint32_t st[4][8];
    for (int j = 0; j < n; j++) memcpy(st[j], H0, sizeof H0);
#ifdef HAVE_X86
    if (compress == compress_shani) {
        typedef void (*lanes_fn)(uint32_t *st[], const unsigned char *m[], size_t n);
        static const lanes_fn by_lanes[5] = {NULL, shani_x1, shani_x2, shani_x3, shani_x4};
        size_t done[4] = {0, 0, 0, 0};
        for (;;) {
            uint32_t *sts[4];
            const unsigned char *ms[4];
            int lanes = 0;
            size_t step = SIZE_MAX;
            int which[4];
            for (int j = 0; j < n; j++) {
                if (done[j] < jobs[j].blocks) {
                    which[lanes] = j, sts[lanes] = st[j], ms[lanes] = jobs[j].msg + 64 * done[j], lanes++;
                    if (jobs[j].blocks - done[j] < step) step = jobs[j].blocks - done[j];
                }
            }
            if (lanes == 0) break;
            by_lanes[lanes](sts, ms, step);
            for (int l = 0; l < lanes; l++) done[which[l]] += step;
        }
    } else
#endif
    {
        for (int j = 0; j < n; j++) compress(st[j], jobs[j].msg, jobs[j].blocks);
    }
    for (int j = 0; j < n; j++) state_out(st[j], jobs[j].out);
}


typedef struct {
    const char *ptr;
    Py_ssize_t len;
} span;

static int hexval(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

static int is_time(const char *t) {
    /* YYYY-MM-DDTHH:MM:SS.ffffffZ, digits where the pattern has them */
    static const char shape[] = "dddd-dd-ddTdd:dd:dd.ddddddZ";
    for (int i = 0; i < 27; i++) {
        if (shape[i] == 'd') {
            if (t[i] < '0' || t[i] > '9') return 0;
        } else if (t[i] != shape[i]) {
            return 0;
        }
    }
    return 1;
}

/* Check one leaf's envelope; on success store its tail offset (start of KIND_MARK) and prev.
 *
 * Parsed from the end: everything after the kind has a fixed length but for the seq's digits, and none of it
 * can hold KIND_MARK (the origin is a JSON string, whose quotes are escaped), so the mark found here is the
 * leaf's last, as ``bytes.rfind`` finds it in the Python path. */
static int check_envelope(const char *p, Py_ssize_t len, long long seq, span log, const span *kinds,
                          int nkinds, Py_ssize_t max_leaf, Py_ssize_t *tail, unsigned char prev[HASH]) {
    if (len < (Py_ssize_t)LIT(HEAD) || memcmp(p, HEAD, LIT(HEAD)) != 0) return 0;
    if (max_leaf > 0 && len > max_leaf) return 0;
    const char *q = p + len;
#define BACK(lit)                                                                      \
    do {                                                                               \
        if (q - p < (Py_ssize_t)LIT(lit) || memcmp(q - LIT(lit), lit, LIT(lit)) != 0) return 0; \
        q -= LIT(lit);                                                                 \
    } while (0)
    BACK(END_MARK);
    if (q - p < 27 || !is_time(q - 27)) return 0;
    q -= 27;
    BACK(TIME_MARK);
    const char *digits_end = q;
    while (q > p && q[-1] >= '0' && q[-1] <= '9' && digits_end - q < 19) q--;
    Py_ssize_t ndigits = digits_end - q;
    if (ndigits == 0 || ndigits > 18 || (ndigits > 1 && q[0] == '0')) return 0;
    unsigned long long value = 0;
    for (const char *d = q; d < digits_end; d++) value = value * 10 + (unsigned long long)(*d - '0');
    if (value != (unsigned long long)seq) return 0;
    BACK(SEQ_MARK);
    if (q - p < 2 * HASH) return 0;
    q -= 2 * HASH;
    for (int i = 0; i < HASH; i++) {
        int hi = hexval((unsigned char)q[2 * i]), lo = hexval((unsigned char)q[2 * i + 1]);
        if (hi < 0 || lo < 0) return 0;
        prev[i] = (unsigned char)(hi << 4 | lo);
    }
    BACK(PREV_MARK);
    if (q - p < log.len || memcmp(q - log.len, log.ptr, log.len) != 0) return 0;
    q -= log.len;
    BACK(LOG_MARK);
    const char *kind_end = q;
    while (q > p && ((q[-1] >= 'a' && q[-1] <= 'z') || q[-1] == '.')) q--;
    Py_ssize_t kind_len = kind_end - q;
    if (kind_len == 0) return 0;
    int known = 0;
    for (int k = 0; k < nkinds && !known; k++) {
        known = kinds[k].len == kind_len && memcmp(kinds[k].ptr, q, kind_len) == 0;
    }
    if (!known) return 0;
    BACK(KIND_MARK);
#undef BACK
    *tail = q - p;
    /* the mark must not overlap the head: the head's own "{" ends at offset 8 */
    return *tail >= (Py_ssize_t)LIT(HEAD);
}

/* --- strict: the data object is canonical RFC 8785 JSON --------------------------------------------------
 *
 * Accepts only what ``ledger.encoding.parse_leaf`` certainly accepts, for the common case: ASCII text, keys
 * without escapes in strictly increasing byte order (= UTF-16 order for ASCII; also rules out duplicates),
 * strings escaped exactly as RFC 8785 serialises them, integers within ±(2^53 - 1) without floats or
 * exponents, true/false/null (which json.loads, and so parse_leaf, accepts), no whitespace. Anything else
 * (non-ASCII text, escaped keys, deep nesting) answers "not sure" and the caller's exact Python check decides.
 */
#define MAX_NESTING 32

static const char *json_value(const char *q, const char *e, int depth);

static const char *json_string(const char *q, const char *e, int is_key) {
    if (q >= e || *q != '"') return NULL;
    for (q++; q < e; q++) {
        unsigned char c = (unsigned char)*q;
        if (c == '"') return q + 1;
        if (c < 0x20 || c >= 0x80) return NULL;
        if (c != '\\') continue;
        if (is_key || ++q >= e) return NULL;
        switch (*q) {
        case '"': case '\\': case 'b': case 'f': case 'n': case 'r': case 't':
            break;
        case 'u': {
            /* only control characters without a short form, as \u00xx in lowercase hex */
            if (e - q < 5 || q[1] != '0' || q[2] != '0' || (q[3] != '0' && q[3] != '1')) return NULL;
            int lo = hexval((unsigned char)q[4]);
            if (lo < 0) return NULL;
            int ch = (q[3] - '0') << 4 | lo;
            if (ch == '\b' || ch == '\f' || ch == '\n' || ch == '\r' || ch == '\t') return NULL;
            q += 4;
            break;
        }
        default:
            return NULL;
        }
    }
    return NULL;
}

static const char *json_integer(const char *q, const char *e) {
    const char *start = q;
    if (q < e && *q == '-') q++;
    const char *digits = q;
    unsigned long long value = 0;
    while (q < e && *q >= '0' && *q <= '9') {
        if (q - digits >= 16) return NULL;
        value = value * 10 + (unsigned long long)(*q - '0');
        q++;
    }
    Py_ssize_t n = q - digits;
    if (n == 0 || (n > 1 && *digits == '0') || value > 9007199254740991ULL) return NULL;
    if (*start == '-' && value == 0) return NULL; /* -0 */
    if (q < e && (*q == '.' || *q == 'e' || *q == 'E')) return NULL;
    return q;
}

static const char *json_object(const char *q, const char *e, int depth) {
    q++; /* '{' */
    if (q < e && *q == '}') return q + 1;
    const char *prev_key = NULL;
    Py_ssize_t prev_len = 0;
    for (;;) {
        const char *key = q;
        q = json_string(q, e, 1);
        if (q == NULL) return NULL;
        Py_ssize_t key_len = q - key - 2;
        if (prev_key != NULL) {
            Py_ssize_t common = prev_len < key_len ? prev_len : key_len;
            int order = memcmp(prev_key, key + 1, (size_t)common);
            if (order > 0 || (order == 0 && prev_len >= key_len)) return NULL;
        }
        prev_key = key + 1, prev_len = key_len;
        if (q >= e || *q != ':') return NULL;
        q = json_value(q + 1, e, depth);
        if (q == NULL || q >= e) return NULL;
        if (*q == '}') return q + 1;
        if (*q != ',') return NULL;
        q++;
    }
}

static const char *json_array(const char *q, const char *e, int depth) {
    q++; /* '[' */
    if (q < e && *q == ']') return q + 1;
    for (;;) {
        q = json_value(q, e, depth);
        if (q == NULL || q >= e) return NULL;
        if (*q == ']') return q + 1;
        if (*q != ',') return NULL;
        q++;
    }
}

static const char *json_literal(const char *q, const char *e, const char *word, Py_ssize_t n) {
    return e - q >= n && memcmp(q, word, (size_t)n) == 0 ? q + n : NULL;
}

static const char *json_value(const char *q, const char *e, int depth) {
    if (q >= e || depth > MAX_NESTING) return NULL;
    switch (*q) {
    case '{': return json_object(q, e, depth + 1);
    case '[': return json_array(q, e, depth + 1);
    case '"': return json_string(q, e, 0);
    case 't': return json_literal(q, e, "true", 4);
    case 'f': return json_literal(q, e, "false", 5);
    case 'n': return json_literal(q, e, "null", 4);
    default: return json_integer(q, e);
    }
}

/* Whether [q, e) is exactly one canonical JSON object. */
static int canonical_object(const char *q, const char *e) {
    return q < e && *q == '{' && json_value(q, e, 0) == e;
}

/* RFC 9162 root over n leaf hashes, computed in place (bottom-up; an odd last node moves up unchanged). */
static void merkle_root(unsigned char *buf, Py_ssize_t n, unsigned char out[HASH]) {
    unsigned char msgs[4][128];
    while (n > 1) {
        Py_ssize_t pairs = n / 2;
        for (Py_ssize_t m = 0; m < pairs; m += 4) {
            job jobs[4];
            int k = 0;
            for (; k < 4 && m + k < pairs; k++) {
                jobs[k].blocks = pad_message(1, buf + 2 * (m + k) * HASH, 2 * HASH, msgs[k]);
                jobs[k].msg = msgs[k];
                jobs[k].out = buf + (m + k) * HASH; /* at or before the pair it replaces */
            }
            sha256_jobs(jobs, k);
        }
        Py_ssize_t m = pairs;
        if (n & 1) {
            memmove(buf + m * HASH, buf + (n - 1) * HASH, HASH);
            m++;
        }
        n = m;
    }
    memcpy(out, buf, HASH);
}

PyDoc_STRVAR(check_joined_doc,
             "check_joined(blob, count, start, log_json, kinds, max_leaf, strict)\n--\n\n"
             "Check ``count`` leaves joined by newlines, the first being entry ``start`` of the log whose\n"
             "origin is the JSON string ``log_json``; ``strict`` also requires each ``data`` to be canonical.\n"
             "Returns None when anything is off or unsure, else (leaf_hashes, root, first_prev, last_digest).");

static PyObject *check_joined(PyObject *self, PyObject *args) {
    (void)self;
    Py_buffer blob, log;
    Py_ssize_t count, max_leaf;
    long long start;
    PyObject *kinds_obj;
    int strict;
    if (!PyArg_ParseTuple(args, "y*nLy*O!np", &blob, &count, &start, &log, &PyTuple_Type, &kinds_obj,
                          &max_leaf, &strict)) {
        return NULL;
    }
    PyObject *result = NULL, *hashes = NULL;
    unsigned char *work = NULL;
    span kinds[MAX_KINDS];
    Py_ssize_t nkinds = PyTuple_GET_SIZE(kinds_obj);
    if (nkinds > MAX_KINDS) {
        PyErr_SetString(PyExc_ValueError, "too many kinds");
        goto done;
    }
    for (Py_ssize_t k = 0; k < nkinds; k++) {
        PyObject *item = PyTuple_GET_ITEM(kinds_obj, k);
        if (!PyBytes_Check(item)) {
            PyErr_SetString(PyExc_TypeError, "kinds must be bytes");
            goto done;
        }
        kinds[k].ptr = PyBytes_AS_STRING(item);
        kinds[k].len = PyBytes_GET_SIZE(item);
    }
    if (count <= 0 || start < 0 || count > blob.len + 1) {
        result = Py_NewRef(Py_None);
        goto done;
    }
    Py_ssize_t longest = max_leaf > 0 && max_leaf < blob.len ? max_leaf : blob.len;
    hashes = PyBytes_FromStringAndSize(NULL, count * HASH);
    work = PyMem_RawMalloc((size_t)count * HASH + 4 * ((size_t)longest + 128));
    if (hashes == NULL || work == NULL) {
        if (work == NULL) PyErr_NoMemory();
        goto done;
    }
    unsigned char *out = (unsigned char *)PyBytes_AS_STRING(hashes);
    unsigned char first_prev[HASH], digest[HASH], root[HASH];
    unsigned char *msg[4] = {work + (size_t)count * HASH};
    for (int k = 1; k < 4; k++) msg[k] = msg[k - 1] + longest + 128;
    span log_span = {(const char *)log.buf, log.len};
    const char *p = (const char *)blob.buf, *end = p + blob.len;
    int ok = 1;
    Py_BEGIN_ALLOW_THREADS;
    /* two leaves at a time: their chain digests and leaf hashes are four SHA-256 computations at once */
    for (Py_ssize_t i = 0; i < count && ok; i += 2) {
        int pair = i + 1 < count ? 2 : 1;
        unsigned char prevs[2][HASH], digests[2][HASH];
        job jobs[4];
        for (int k = 0; k < pair; k++) {
            Py_ssize_t seq = i + k;
            const char *nl = memchr(p, '\n', (size_t)(end - p));
            Py_ssize_t len, tail;
            if ((seq + 1 < count) != (nl != NULL)) {
                ok = 0; /* fewer or more leaves than count */
                break;
            }
            len = (nl ? nl : end) - p;
            if (!check_envelope(p, len, start + seq, log_span, kinds, (int)nkinds, max_leaf, &tail, prevs[k]) ||
                (strict && !canonical_object(p + LIT(HEAD) - 1, p + tail))) {
                ok = 0;
                break;
            }
            jobs[2 * k] = (job){msg[2 * k], pad_message(-1, (const unsigned char *)p, (size_t)len, msg[2 * k]),
                                digests[k]};
            jobs[2 * k + 1] = (job){msg[2 * k + 1],
                                    pad_message(0, (const unsigned char *)p, (size_t)len, msg[2 * k + 1]),
                                    out + seq * HASH};
            p += len + 1;
        }
        if (!ok) break;
        sha256_jobs(jobs, 2 * pair);
        if (i == 0) {
            memcpy(first_prev, prevs[0], HASH);
        } else if (memcmp(prevs[0], digest, HASH) != 0) {
            ok = 0;
            break;
        }
        if (pair == 2 && memcmp(prevs[1], digests[0], HASH) != 0) {
            ok = 0;
            break;
        }
        memcpy(digest, digests[pair - 1], HASH);
    }
    if (ok) {
        memcpy(work, out, (size_t)count * HASH);
        merkle_root(work, count, root);
    }
    Py_END_ALLOW_THREADS;
    if (!ok) {
        result = Py_NewRef(Py_None);
        goto done;
    }
    result = Py_BuildValue("Oy#y#y#", hashes, (const char *)root, (Py_ssize_t)HASH, (const char *)first_prev,
                           (Py_ssize_t)HASH, (const char *)digest, (Py_ssize_t)HASH);
done:
    PyMem_RawFree(work);
    Py_XDECREF(hashes);
    PyBuffer_Release(&blob);
    PyBuffer_Release(&log);
    return result;
}

PyDoc_STRVAR(sha256_doc, "sha256(data, generic=False)\n--\n\n"
                         "SHA-256 of data with the implementation check_joined uses (``generic``: the portable one).");

static PyObject *sha256(PyObject *self, PyObject *args) {
    (void)self;
    Py_buffer data;
    int generic = 0;
    if (!PyArg_ParseTuple(args, "y*|p", &data, &generic)) return NULL;
    unsigned char out[HASH];
    sha256_with(generic ? compress_generic : compress, data.buf, (size_t)data.len, out);
    PyBuffer_Release(&data);
    return PyBytes_FromStringAndSize((const char *)out, HASH);
}

static PyMethodDef methods[] = {
    {"sha256", sha256, METH_VARARGS, sha256_doc},
    {"check_joined", check_joined, METH_VARARGS, check_joined_doc},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "ledger._native", "Native speed-up for ledger verification (optional).", -1, methods,
    NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__native(void) {
    PyObject *m = PyModule_Create(&module);
    if (m == NULL) return NULL;
#ifdef HAVE_X86
    if (cpu_has_shani()) compress = compress_shani;
#endif
    if (PyModule_AddStringConstant(m, "SHA256_IMPL", compress == compress_generic ? "generic" : "x86-sha") < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
