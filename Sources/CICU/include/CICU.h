// A narrow C shim over the system ICU.
//
// This header deliberately exposes no ICU type: handles are opaque, status codes are plain int32_t and text is UTF-16
// as uint16_t. Swift modules that import Foundation (which carries its own, newer ICU) can therefore import this module
// without ever seeing two conflicting definitions of UErrorCode. ICU headers are included only in CICU.c.
#ifndef DRAGOMAN_CICU_H
#define DRAGOMAN_CICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// True when an ICU status code denotes failure (ICU's U_FAILURE).
static inline int dm_failed(int32_t status) { return status > 0; }

/// The symbolic name of an ICU status code, e.g. "U_BUFFER_OVERFLOW_ERROR".
const char *dm_error_name(int32_t status);

/// The version of the ICU library in use, e.g. "72.1", written into buffer.
void dm_icu_version(char *buffer, int32_t capacity);

// MARK: Break iteration

/// Kinds of text boundaries (mirrors UBreakIteratorType for the kinds Dragoman uses).
enum { DM_BREAK_CHARACTER = 0, DM_BREAK_WORD = 1, DM_BREAK_LINE = 2, DM_BREAK_SENTENCE = 3 };

/// An ICU break iterator with the text it iterates.
typedef struct dm_breaker dm_breaker;

/// Opens a break iterator of `kind` for `locale` (e.g. "ar", "en@ss=standard"). NULL on failure, with *status set.
dm_breaker *dm_breaker_open(int32_t kind, const char *locale, int32_t *status);

/// Closes an iterator from dm_breaker_open.
void dm_breaker_close(dm_breaker *breaker);

/// Points the iterator at `text` and writes every boundary (0 and length included) with the rule status of the
/// segment ending there. The text is only read during the call. Returns the number of boundaries, which may exceed
/// `capacity` (then only `capacity` were written and the caller retries with a bigger buffer); -1 on error.
int32_t dm_breaker_boundaries(dm_breaker *breaker, const uint16_t *text, int32_t length, int32_t *boundaries,
                              int32_t *statuses, int32_t capacity, int32_t *status);

// MARK: Normalization with an offset map

/// Normalization modes.
enum {
    DM_NORM_NFC = 0,
    DM_NORM_NFKC = 1,
    DM_NORM_NFKC_CASEFOLD = 2,
    /// NFC everywhere, NFKC for Arabic presentation forms (U+FB50–FDFF, U+FE70–FEFF) and Latin ligatures
    /// (U+FB00–FB06): compatibility decomposition only where it cannot change what a reader of Arabic sees.
    DM_NORM_NFC_ARABIC_COMPAT = 3
};

/// Normalizes `src` and, for every UTF-16 unit written to `dst`, the source range [srcStart[i], srcEnd[i]) it came
/// from. Text is processed in normalization-closed chunks, so each output unit maps to the smallest source chunk that
/// produced it. Returns the output length; when it exceeds `capacity`, nothing useful was written: retry with at
/// least that capacity. Returns -1 on an ICU error, with *status set.
int32_t dm_normalize_mapped(int32_t mode, const uint16_t *src, int32_t length, uint16_t *dst, int32_t *srcStart,
                            int32_t *srcEnd, int32_t capacity, int32_t *status);

// MARK: Character sets

/// Detects the character set of `bytes` with ICU's detector. Writes its name (e.g. "UTF-8", "windows-1256") and
/// returns the confidence 0–100, or -1 when nothing was detected.
int32_t dm_detect_charset(const char *bytes, int32_t length, char *name, int32_t nameCapacity, int32_t *status);

/// Converts `bytes` in `charset` to UTF-16. Returns the number of units (which may exceed `capacity`: retry), or -1.
/// With `stopOnInvalid`, the first invalid or unmappable byte sequence stops the conversion: the result is -1,
/// *status is U_INVALID_CHAR_FOUND or U_ILLEGAL_CHAR_FOUND and *errorOffset its byte offset. Without it, bad bytes
/// become U+FFFD.
int32_t dm_convert_to_utf16(const char *charset, const char *bytes, int32_t length, uint16_t *dst, int32_t capacity,
                            int32_t stopOnInvalid, int32_t *errorOffset, int32_t *status);

// MARK: Scripts

/// The ICU script code (UScriptCode) of a code point; 0 is Common, 1 Inherited.
int32_t dm_script_of(uint32_t codePoint);

/// The ISO 15924 short name of a script code, e.g. "Arab".
void dm_script_code_name(int32_t script, char *buffer, int32_t capacity);

/// The likely language of a script code from CLDR likely-subtags data (Arab → "ar", Cyrl → "ru"), or "und".
void dm_script_likely_language(int32_t script, char *buffer, int32_t capacity);

// MARK: Transliteration

/// An ICU transliterator.
typedef struct dm_transliterator dm_transliterator;

/// Opens a transliterator by ICU id (UTF-16), e.g. "Any-Latin; Latin-ASCII". NULL on failure.
dm_transliterator *dm_transliterator_open(const uint16_t *id, int32_t idLength, int32_t *status);

/// Closes a transliterator.
void dm_transliterator_close(dm_transliterator *transliterator);

/// Transliterates `text` in place; returns the new length, which may exceed `capacity` (retry), or -1.
int32_t dm_transliterate(dm_transliterator *transliterator, uint16_t *text, int32_t length, int32_t capacity,
                         int32_t *status);

// MARK: Regular expressions

/// A compiled ICU regular expression. Not thread-safe: one per thread.
typedef struct dm_regex dm_regex;

/// Compiles a UTF-16 pattern. NULL on failure, with *status set and *errorOffset the pattern offset.
dm_regex *dm_regex_open(const uint16_t *pattern, int32_t length, int32_t *errorOffset, int32_t *status);

/// Frees a compiled expression.
void dm_regex_close(dm_regex *regex);

/// Whether the expression matches the whole of the UTF-8 `text` (converted to UTF-16 in a buffer the expression
/// keeps). 1, 0, or -1 on error (invalid UTF-8 included).
/// When `hitEnd` is not NULL it is set to whether the match attempt read to the end of `text` (so a longer text
/// with the same start might match).
int32_t dm_regex_matches_utf8(dm_regex *regex, const char *text, int32_t length, int32_t *hitEnd, int32_t *status);

#ifdef __cplusplus
}
#endif

#endif
