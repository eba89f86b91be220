// ICU lives here and only here: see include/CICU.h for why.
#include "CICU.h"

#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/uloc.h>
#include <unicode/unorm2.h>
#include <unicode/uregex.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>

const char *dm_error_name(int32_t status) { return u_errorName((UErrorCode)status); }

void dm_icu_version(char *buffer, int32_t capacity) {
    UVersionInfo info;
    u_getVersion(info);
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_versionToString(info, text);
    strncpy(buffer, text, (size_t)capacity);
    if (capacity > 0) buffer[capacity - 1] = 0;
}

// MARK: Break iteration

struct dm_breaker {
    UBreakIterator *iterator;
};

dm_breaker *dm_breaker_open(int32_t kind, const char *locale, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UBreakIterator *it = ubrk_open((UBreakIteratorType)kind, locale, NULL, 0, &err);
    *status = err;
    if (U_FAILURE(err)) return NULL;
    dm_breaker *breaker = malloc(sizeof(dm_breaker));
    if (breaker == NULL) {
        ubrk_close(it);
        *status = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    breaker->iterator = it;
    return breaker;
}

void dm_breaker_close(dm_breaker *breaker) {
    if (breaker == NULL) return;
    ubrk_close(breaker->iterator);
    free(breaker);
}

int32_t dm_breaker_boundaries(dm_breaker *breaker, const uint16_t *text, int32_t length, int32_t *boundaries,
                              int32_t *statuses, int32_t capacity, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    static const UChar empty[1] = {0};
    ubrk_setText(breaker->iterator, length > 0 ? (const UChar *)text : empty, length, &err);
    if (U_FAILURE(err)) {
        *status = err;
        return -1;
    }
    int32_t count = 0;
    int32_t position = ubrk_first(breaker->iterator);
    while (position != UBRK_DONE) {
        if (count < capacity) {
            boundaries[count] = position;
            statuses[count] = count == 0 ? 0 : ubrk_getRuleStatus(breaker->iterator);
        }
        count++;
        position = ubrk_next(breaker->iterator);
    }
    // Do not keep a pointer to the caller's buffer beyond this call.
    ubrk_setText(breaker->iterator, empty, 0, &err);
    *status = U_ZERO_ERROR;
    return count;
}

// MARK: Normalization

static int dm_is_arabic_compat(UChar32 c) {
    return (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF) || (c >= 0xFB00 && c <= 0xFB06);
}

int32_t dm_normalize_mapped(int32_t mode, const uint16_t *src, int32_t length, uint16_t *dst, int32_t *srcStart,
                            int32_t *srcEnd, int32_t capacity, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&err);
    const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&err);
    const UNormalizer2 *nfkccf = unorm2_getNFKCCasefoldInstance(&err);
    if (U_FAILURE(err)) {
        *status = err;
        return -1;
    }
    const UNormalizer2 *primary = mode == DM_NORM_NFKC ? nfkc : mode == DM_NORM_NFKC_CASEFOLD ? nfkccf : nfc;
    int fold = mode == DM_NORM_NFKC_CASEFOLD;

    UChar local[256];
    UChar *chunkOut = local;
    int32_t chunkCapacity = 256;
    int32_t out = 0;
    int32_t i = 0;
    while (i < length) {
        int32_t start = i;
        UChar32 c;
        U16_NEXT(src, i, length, c);
        // Extend the chunk up to the next normalization boundary.
        while (i < length) {
            int32_t j = i;
            UChar32 d;
            U16_NEXT(src, j, length, d);
            if (d < 0x300 || unorm2_hasBoundaryBefore(primary, d)) break;
            i = j;
        }
        int32_t chunkLength = i - start;
        if (c < 0x80 && chunkLength == 1) {
            // ASCII fast path.
            if (out < capacity) {
                dst[out] = (uint16_t)((fold && c >= 'A' && c <= 'Z') ? c + 32 : c);
                srcStart[out] = start;
                srcEnd[out] = i;
            }
            out++;
            continue;
        }
        const UNormalizer2 *n2 = primary;
        if (mode == DM_NORM_NFC_ARABIC_COMPAT) {
            for (int32_t k = start; k < i;) {
                UChar32 e;
                U16_NEXT(src, k, i, e);
                if (dm_is_arabic_compat(e)) {
                    n2 = nfkc;
                    break;
                }
            }
        }
        err = U_ZERO_ERROR;
        if (unorm2_isNormalized(n2, (const UChar *)src + start, chunkLength, &err) && U_SUCCESS(err)) {
            // Unchanged: map code point by code point, so a mark keeps its own place.
            for (int32_t k = start; k < i;) {
                int32_t cpStart = k;
                UChar32 e;
                U16_NEXT(src, k, i, e);
                (void)e;
                for (int32_t u = cpStart; u < k; u++) {
                    if (out < capacity) {
                        dst[out] = src[u];
                        srcStart[out] = cpStart;
                        srcEnd[out] = k;
                    }
                    out++;
                }
            }
            continue;
        }
        err = U_ZERO_ERROR;
        int32_t produced = unorm2_normalize(n2, (const UChar *)src + start, chunkLength, chunkOut, chunkCapacity, &err);
        if (err == U_BUFFER_OVERFLOW_ERROR) {
            if (chunkOut != local) free(chunkOut);
            chunkCapacity = produced + 16;
            chunkOut = malloc(sizeof(UChar) * (size_t)chunkCapacity);
            if (chunkOut == NULL) {
                *status = U_MEMORY_ALLOCATION_ERROR;
                return -1;
            }
            err = U_ZERO_ERROR;
            produced = unorm2_normalize(n2, (const UChar *)src + start, chunkLength, chunkOut, chunkCapacity, &err);
        }
        if (U_FAILURE(err)) {
            if (chunkOut != local) free(chunkOut);
            *status = err;
            return -1;
        }
        for (int32_t k = 0; k < produced; k++) {
            if (out < capacity) {
                dst[out] = chunkOut[k];
                srcStart[out] = start;
                srcEnd[out] = i;
            }
            out++;
        }
    }
    if (chunkOut != local) free(chunkOut);
    *status = U_ZERO_ERROR;
    return out;
}

// MARK: Character sets

int32_t dm_detect_charset(const char *bytes, int32_t length, char *name, int32_t nameCapacity, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UCharsetDetector *detector = ucsdet_open(&err);
    if (U_FAILURE(err)) {
        *status = err;
        return -1;
    }
    ucsdet_setText(detector, bytes, length, &err);
    const UCharsetMatch *match = ucsdet_detect(detector, &err);
    int32_t confidence = -1;
    if (U_SUCCESS(err) && match != NULL) {
        const char *found = ucsdet_getName(match, &err);
        confidence = ucsdet_getConfidence(match, &err);
        if (U_SUCCESS(err) && found != NULL) {
            strncpy(name, found, (size_t)nameCapacity);
            if (nameCapacity > 0) name[nameCapacity - 1] = 0;
        } else {
            confidence = -1;
        }
    }
    ucsdet_close(detector);
    *status = U_FAILURE(err) ? err : U_ZERO_ERROR;
    return confidence;
}

int32_t dm_convert_to_utf16(const char *charset, const char *bytes, int32_t length, uint16_t *dst, int32_t capacity,
                            int32_t stopOnInvalid, int32_t *errorOffset, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(charset, &err);
    if (U_FAILURE(err)) {
        *status = err;
        return -1;
    }
    if (stopOnInvalid) {
        ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &err);
    }
    UChar *target = (UChar *)dst;
    const char *source = bytes;
    ucnv_toUnicode(converter, &target, (UChar *)dst + capacity, &source, bytes + length, NULL, 1, &err);
    int32_t written = (int32_t)(target - (UChar *)dst);
    if (err == U_BUFFER_OVERFLOW_ERROR) {
        // The caller sizes the buffer from the byte count, so this only happens for exotic charsets.
        ucnv_close(converter);
        *status = U_ZERO_ERROR;
        return capacity * 2 + 16;
    }
    if (U_FAILURE(err)) {
        char invalid[32];
        int8_t invalidLength = sizeof(invalid);
        UErrorCode ignored = U_ZERO_ERROR;
        ucnv_getInvalidChars(converter, invalid, &invalidLength, &ignored);
        *errorOffset = (int32_t)(source - bytes) - (U_SUCCESS(ignored) ? invalidLength : 0);
        ucnv_close(converter);
        *status = err;
        return -1;
    }
    ucnv_close(converter);
    *status = U_ZERO_ERROR;
    return written;
}

// MARK: Scripts

int32_t dm_script_of(uint32_t codePoint) {
    UErrorCode err = U_ZERO_ERROR;
    UScriptCode code = uscript_getScript((UChar32)codePoint, &err);
    return U_SUCCESS(err) ? (int32_t)code : 0;
}

void dm_script_code_name(int32_t script, char *buffer, int32_t capacity) {
    const char *name = uscript_getShortName((UScriptCode)script);
    strncpy(buffer, name != NULL ? name : "Zzzz", (size_t)capacity);
    if (capacity > 0) buffer[capacity - 1] = 0;
}

void dm_script_likely_language(int32_t script, char *buffer, int32_t capacity) {
    const char *name = uscript_getShortName((UScriptCode)script);
    char tag[32];
    char maximized[64];
    char language[16];
    UErrorCode err = U_ZERO_ERROR;
    strncpy(buffer, "und", (size_t)capacity);
    if (capacity > 0) buffer[capacity - 1] = 0;
    if (name == NULL) return;
    snprintf(tag, sizeof(tag), "und_%s", name);
    uloc_addLikelySubtags(tag, maximized, sizeof(maximized), &err);
    if (U_FAILURE(err)) return;
    uloc_getLanguage(maximized, language, sizeof(language), &err);
    if (U_FAILURE(err) || language[0] == 0) return;
    strncpy(buffer, language, (size_t)capacity);
    if (capacity > 0) buffer[capacity - 1] = 0;
}

// MARK: Transliteration

struct dm_transliterator {
    UTransliterator *transliterator;
};

dm_transliterator *dm_transliterator_open(const uint16_t *id, int32_t idLength, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UTransliterator *t = utrans_openU((const UChar *)id, idLength, UTRANS_FORWARD, NULL, 0, NULL, &err);
    *status = err;
    if (U_FAILURE(err)) return NULL;
    dm_transliterator *result = malloc(sizeof(dm_transliterator));
    if (result == NULL) {
        utrans_close(t);
        *status = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    result->transliterator = t;
    return result;
}

void dm_transliterator_close(dm_transliterator *transliterator) {
    if (transliterator == NULL) return;
    utrans_close(transliterator->transliterator);
    free(transliterator);
}

int32_t dm_transliterate(dm_transliterator *transliterator, uint16_t *text, int32_t length, int32_t capacity,
                         int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    int32_t textLength = length;
    int32_t limit = length;
    utrans_transUChars(transliterator->transliterator, (UChar *)text, &textLength, capacity, 0, &limit, &err);
    if (err == U_BUFFER_OVERFLOW_ERROR) {
        *status = U_ZERO_ERROR;
        return textLength > capacity ? textLength : capacity * 2;
    }
    *status = err;
    return U_FAILURE(err) ? -1 : textLength;
}

// MARK: Regular expressions

struct dm_regex {
    URegularExpression *expression;
    // The text being matched, converted to UTF-16: ICU's matcher runs its fast path on UTF-16 held in one chunk,
    // and a slower one on UTF-8 through UText. Reused across calls.
    UChar *buffer;
    int32_t capacity;
};

dm_regex *dm_regex_open(const uint16_t *pattern, int32_t length, int32_t *errorOffset, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UParseError parseError;
    URegularExpression *expression = uregex_open((const UChar *)pattern, length, 0, &parseError, &err);
    *status = err;
    *errorOffset = parseError.offset;
    if (U_FAILURE(err)) return NULL;
    dm_regex *regex = malloc(sizeof(dm_regex));
    if (regex == NULL) {
        uregex_close(expression);
        *status = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    regex->expression = expression;
    regex->buffer = NULL;
    regex->capacity = 0;
    return regex;
}

void dm_regex_close(dm_regex *regex) {
    if (regex == NULL) return;
    uregex_close(regex->expression);
    free(regex->buffer);
    free(regex);
}

int32_t dm_regex_matches_utf8(dm_regex *regex, const char *text, int32_t length, int32_t *hitEnd, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    // UTF-16 never needs more units than UTF-8 has bytes.
    if (length + 1 > regex->capacity) {
        int32_t capacity = length + 1 > 2 * regex->capacity ? length + 1 : 2 * regex->capacity;
        UChar *buffer = malloc((size_t)capacity * sizeof(UChar));
        if (buffer == NULL) {
            *status = U_MEMORY_ALLOCATION_ERROR;
            return -1;
        }
        // Detach the old buffer before freeing it.
        UErrorCode ignored = U_ZERO_ERROR;
        uregex_setText(regex->expression, (const UChar *)u"", 0, &ignored);
        free(regex->buffer);
        regex->buffer = buffer;
        regex->capacity = capacity;
    }
    int32_t units = 0;
    u_strFromUTF8(regex->buffer, regex->capacity, &units, length > 0 ? text : "", length, &err);
    if (U_SUCCESS(err)) uregex_setText(regex->expression, regex->buffer, units, &err);
    UBool matched = U_SUCCESS(err) ? uregex_matches(regex->expression, -1, &err) : 0;
    if (hitEnd != NULL) *hitEnd = U_SUCCESS(err) ? uregex_hitEnd(regex->expression, &err) : 0;
    *status = err;
    return U_FAILURE(err) ? -1 : (matched ? 1 : 0);
}
