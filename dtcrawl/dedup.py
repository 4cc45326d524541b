"""Exact and near-duplicate detection of article bodies (pure: no I/O).

The same story is published by several portals: verbatim, or "syndicated" with a reworded lead,
a shortened paragraph, a lead prefix ("CTTĐT - ") and an added "Nguồn: ..." line. Two levels:

- *exact*: :func:`content_hash`, the SHA-256 of the body in NFC with whitespace collapsed and a
  trailing source line removed;
- *near*: word 5-shingles of the folded body (:func:`shingles`), a MinHash signature
  (:func:`minhash`, datasketch), and LSH band keys (:func:`lsh_keys`) that the archive stores in
  an indexed SQLite table, so finding candidates for a new article costs a fixed number of index
  look-ups whatever the size of the archive. Candidates are confirmed by the exact Jaccard
  similarity of the shingle sets (:func:`similarity`, :func:`is_near_duplicate`).

Parameters (``NUM_PERM``, ``BANDS`` x ``ROWS``, ``THRESHOLD``) were chosen with
``python -m dtcrawl.bench.dedup``: syndicated copies of 150-800 word articles have a shingle
Jaccard of about 0.45-0.9; different articles sharing a formulaic opening and template
paragraphs stay well below ``THRESHOLD``; see :data:`BANDS` for the banding trade-off.
"""

from __future__ import annotations

import hashlib
import re
import threading
import zlib
from dataclasses import dataclass
from itertools import chain
from typing import TYPE_CHECKING

import numpy as np

from dtcrawl.text import fold, fold_body, is_tidy, normalize

#: Words per shingle. Vietnamese words are mostly one or two syllables; five syllables keep
#: common phrases ("ủy ban nhân dân tỉnh") from dominating while tolerating small edits.
SHINGLE_SIZE = 5
#: MinHash permutations; BANDS * ROWS must equal it.
NUM_PERM = 128
#: LSH banding: 32 bands of 4 rows. A pair becomes a candidate with probability
#: ``1 - (1 - J**ROWS)**BANDS``: 0.9995 at J=0.7, 0.99 at 0.6, 0.87 at 0.5, 0.56 at 0.4, and
#: 3e-5 at the J≈0.03 of two unrelated articles, so a new article meets few random candidates
#: even in an archive of millions. (42x3 catches J=0.45 better but gives ~40x more random
#: candidates, measured on the benchmark corpus.)
BANDS = 32
ROWS = 4
#: Exact shingle Jaccard at or above which a candidate is a near-duplicate.
THRESHOLD = 0.40
#: Bodies shorter than this many words are neither hashed for duplicates nor banded: empty or
#: stub bodies (a failed extraction, "Đang cập nhật") would otherwise all be one "story".
MIN_WORDS = 25
#: Version of the fingerprint scheme; the archive re-bands every article when it changes.
SCHEME = f"w{SHINGLE_SIZE}-p{NUM_PERM}-b{BANDS}x{ROWS}-crc32mix64-int32"

_WORD = re.compile(r"\w+")
_SOURCE_LINE = re.compile(r"^[(\[]?\s*nguồn\s*:.*$", re.IGNORECASE)
# "Theo Báo Lam Giang", "(Theo baochinhphu.vn)"; not a closing sentence "Theo đó, ... ."
_THEO_LINE = re.compile(
    r"^\(\s*theo\s.{2,60}\)$|^theo\s[^.]{2,40}(?:\.[a-z]{2,3}){0,2}$", re.IGNORECASE
)

if TYPE_CHECKING:
    from datasketch import LeanMinHash, MinHash

# datasketch's MinHash constants and its permutations for seed 1, made here the way it makes
# them (tests/test_dedup.py checks both against datasketch): importing datasketch imports its
# LSH, hence scipy, 0.3 CPU s in each crawl process and cleaning worker, which use only the
# arrays. datasketch itself is imported by the functions that return its MinHash objects.
_MERSENNE_PRIME = np.uint64((1 << 61) - 1)
_MAX_HASH = np.uint64((1 << 32) - 1)


def _permutations(num_perm: int, seed: int) -> np.ndarray:
    generator = np.random.RandomState(seed)
    pairs = [
        (
            generator.randint(1, _MERSENNE_PRIME, dtype=np.uint64),
            generator.randint(0, _MERSENNE_PRIME, dtype=np.uint64),
        )
        for _ in range(num_perm)
    ]
    return np.array(pairs, dtype=np.uint64).T


_PERM_A, _PERM_B = _permutations(NUM_PERM, 1)
_MIX = np.uint64(0x9E3779B97F4A7C15)
_BAND_MIX = np.uint64(0xD6E8FEB86659FD93)


def strip_source_line(body: str) -> str:
    """Return ``body`` (normalised) without a trailing "Nguồn: ..." / "Theo ..." line.

    >>> strip_source_line("Nội dung bài viết.\\n\\nNguồn: Báo Lam Giang")
    'Nội dung bài viết.'
    >>> strip_source_line("Nội dung.\\n\\n(Theo baochinhphu.vn)")
    'Nội dung.'
    >>> strip_source_line("Nội dung.\\n\\nTheo đó, tỉnh sẽ triển khai trong năm 2026.")
    'Nội dung.\\n\\nTheo đó, tỉnh sẽ triển khai trong năm 2026.'
    """
    return _strip_source(normalize(body))


def _strip_source(text: str) -> str:
    lines = text.split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    last = lines[-1].strip() if lines else ""
    if (len(last) <= 200 and _SOURCE_LINE.match(last)) or _THEO_LINE.match(last):
        lines.pop()
    return "\n".join(lines).strip()


def content_hash(body: str) -> str:
    """Return the SHA-256 (hex) of ``body`` in NFC, whitespace collapsed, source line removed.

    >>> content_hash("Tỉnh  triển khai\\n\\nNguồn: Sở KH&CN") == content_hash("Tỉnh triển khai")
    True
    """
    text = " ".join(strip_source_line(body).split())
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def words(text: str) -> list[str]:
    """Return the folded words of ``text`` (the unit of shingles and word counts).

    >>> words("Chuyển đổi số, năm 2025!")
    ['chuyen', 'doi', 'so', 'nam', '2025']
    """
    return _WORD.findall(fold(text))


def _shingles_of(tokens: list[str], k: int) -> set[str]:
    if not tokens:
        return set()
    if len(tokens) <= k:
        return {" ".join(tokens)}
    return {" ".join(tokens[i : i + k]) for i in range(len(tokens) - k + 1)}


def shingles(text: str, k: int = SHINGLE_SIZE) -> set[str]:
    """Return the set of ``k``-word shingles of the folded ``text`` (source line removed).

    >>> sorted(shingles("Chuyển đổi số tỉnh nhà", k=3))
    ['chuyen doi so', 'doi so tinh', 'so tinh nha']
    """
    return _shingles_of(words(strip_source_line(text)), k)


def similarity(a: set[str], b: set[str]) -> float:
    """Return the Jaccard similarity of two shingle sets.

    >>> similarity({"a", "b", "c"}, {"b", "c", "d"})
    0.5
    """
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


# The archive works on 64-bit hashes of the shingles rather than the strings: building ~700
# strings and feeding them one by one to datasketch's ``MinHash.update_batch`` (SHA-1 per item in a
# Python loop) took 1.3 ms per article; hashing words once (CRC-32) and combining them into
# shingle hashes with numpy takes a third of that. The MinHash permutations are datasketch's own.
# A body of ~670 words has ~250 distinct ones, most seen in earlier articles: the CRC-32 of a
# word is kept (:class:`_WordHashes`), which made shingle hashing 2.5x faster on the bench corpus.
class _WordHashes(dict):
    """CRC-32 of words (UTF-8) by word, computed on first use; emptied when it grows too big."""

    limit = 100_000  # ~15 MB at most; a year of articles has far fewer distinct words

    def __missing__(self, word: str) -> int:
        value = zlib.crc32(word.encode("utf-8"))
        if len(self) >= self.limit:
            self.clear()
        self[word] = value
        return value


_WORD_HASHES = _WordHashes()


class _TokenHashes(dict):
    """The CRC-32 of each word (``\\w+``) of a whitespace-separated token ("số,", "17/2"), by
    token, computed on first use; emptied when it grows too big.

    The words of a text are those of its tokens in turn (no word spans white space), and
    ``str.split`` with one look-up per token measured 1.6x faster than ``re.findall`` and one
    look-up per word on the bench corpus's bodies.
    """

    limit = 100_000  # ~20 MB at most (tokens with numbers and punctuation are many)

    def __missing__(self, token: str) -> tuple[int, ...]:
        value = tuple(map(_WORD_HASHES.__getitem__, _WORD.findall(token)))
        if len(self) >= self.limit:
            self.clear()
        self[token] = value
        return value


_TOKEN_HASHES = _TokenHashes()


def _word_hashes(folded: str) -> np.ndarray:
    """The CRC-32 of each word of the folded text (``words`` without folding), in order.

    >>> _word_hashes("so 2025, (so)").tolist() == [zlib.crc32(w) for w in (b"so", b"2025", b"so")]
    True
    """
    return np.fromiter(
        chain.from_iterable(map(_TOKEN_HASHES.__getitem__, folded.split())), dtype=np.uint64
    )


def shingle_hashes(tokens: list[str], k: int = SHINGLE_SIZE) -> np.ndarray:
    """Return the sorted unique 64-bit hashes of the ``k``-word shingles of ``tokens``.

    >>> shingle_hashes(["a", "b", "c"], k=2).size
    2
    """
    word_hashes = np.fromiter(
        map(_WORD_HASHES.__getitem__, tokens), dtype=np.uint64, count=len(tokens)
    )
    return _shingle_hashes_of(word_hashes, k)


def _shingle_hashes_of(word_hashes: np.ndarray, k: int = SHINGLE_SIZE) -> np.ndarray:
    """:func:`shingle_hashes` of words given by their hashes (:class:`_WordHashes`)."""
    count = len(word_hashes)
    n = max(count - k + 1, 1 if count else 0)
    hashes = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(min(k, count)):
            hashes *= _MIX
            hashes += word_hashes[j : j + n]
        hashes ^= hashes >> np.uint64(31)  # splitmix64 finaliser: spread the bits
        hashes *= np.uint64(0xBF58476D1CE4E5B9)
        hashes ^= hashes >> np.uint64(29)
    return _sorted_unique(hashes)


def _sorted_unique(values: np.ndarray) -> np.ndarray:
    """``np.unique(values)`` of a 1-D array (sorted distinct values), 5x faster on ~700 values.

    >>> _sorted_unique(np.array([3, 1, 3, 2], dtype=np.uint64)).tolist()
    [1, 2, 3]
    """
    values = np.sort(values)
    distinct = np.empty(values.size, dtype=bool)
    distinct[:1] = True
    np.not_equal(values[1:], values[:-1], out=distinct[1:])
    return values[distinct]


def hashed_similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Return the Jaccard similarity of two :func:`shingle_hashes` arrays."""
    if a.size == 0 and b.size == 0:
        return 1.0
    common = np.intersect1d(a, b, assume_unique=True).size
    return common / (a.size + b.size - common)


def minhash_of_hashes(hashes: np.ndarray) -> LeanMinHash:
    """Return the MinHash signature of shingle hashes (datasketch's permutations, seed 1).

    Equal to ``MinHash(num_perm=NUM_PERM, seed=1, hashfunc=int).update_batch(hashes & 0xFFFFFFFF)``.
    """
    from datasketch import LeanMinHash

    return LeanMinHash(seed=1, hashvalues=_minhash_values(hashes))


def _minhash_values(hashes: np.ndarray) -> np.ndarray:
    """The values of :func:`minhash_of_hashes`'s signature (all ``2**32 - 1`` for no hashes)."""
    if hashes.size == 0:
        return np.full(NUM_PERM, _MAX_HASH, dtype=np.uint64)
    values = _low_minima(hashes)
    if values is None:
        values = _exact_minima(hashes)
    return values


_LOW_32 = np.uint64(0xFFFFFFFF)
_NEAR_2_32 = np.uint64(0xFFFFFFF8)
_PERM_A_COLUMN = _PERM_A[:, None]
_PERM_B_COLUMN = _PERM_B[:, None]


def _low_minima(hashes: np.ndarray) -> np.ndarray | None:
    """:func:`_exact_minima` in fewer passes over the (permutations x shingles) values, or
    None in the rare case (a value's low 32 bits within 15 of 2**32: about one article in
    4,000) where they might not be exact.

    With ``y = a * h + b`` (mod 2**64), ``r = y & p`` and ``t = y >> 61``, ``y % p`` is ``r + t``
    unless that reaches ``p``, which needs bits 3-60 of ``r`` set, hence ``y & 0xFFFFFFFF`` of at
    least ``2**32 - 8``. So when every ``(y & 0xFFFFFFFF) + t`` stays below ``2**32 - 8``, that sum
    is ``(y % p) & 0xFFFFFFFF`` (no carry), what datasketch keeps of each value. Permutations
    as rows, shingles as columns: numpy reduces each row's contiguous values (measured 1.3x
    faster than the shingles-as-rows layout), in work space kept from article to article.

    >>> h = np.array([1, 2**40 + 7, 2**63], dtype=np.uint64)
    >>> _low_minima(h).tolist() == _exact_minima(h).tolist()
    True
    """
    n = hashes.size
    memo = _THREAD
    if memo.work.size < NUM_PERM * n:
        size = NUM_PERM * max(n, 1024)
        memo.work, memo.high = np.empty(size, dtype=np.uint64), np.empty(size, dtype=np.uint64)
    values = memo.work[: NUM_PERM * n].reshape(NUM_PERM, n)
    high = memo.high[: NUM_PERM * n].reshape(NUM_PERM, n)
    np.multiply(_PERM_A_COLUMN, (hashes & _LOW_32)[None, :], out=values)  # wraps at 2**64
    values += _PERM_B_COLUMN
    np.right_shift(values, _SHIFT_61, out=high)
    values &= _LOW_32
    values += high
    if values.max() >= _NEAR_2_32:
        return None
    return values.min(axis=1)


def _exact_minima(hashes: np.ndarray) -> np.ndarray:
    """Per permutation, the least ``((a * h + b) % 2**64 % p) & 0xFFFFFFFF`` of the hashes'
    low 32 bits ``h``: datasketch's MinHash values."""
    low = (hashes & np.uint64(0xFFFFFFFF))[:, None]
    permuted = np.multiply(low, _PERM_A)  # datasketch's (a * h + b) % prime, wrapping at 2**64
    permuted += _PERM_B
    _mod_mersenne(permuted)
    permuted &= _MAX_HASH
    return permuted.min(axis=0)


_PRIME = np.uint64(_MERSENNE_PRIME)
_SHIFT_61 = np.uint64(61)


def _mod_mersenne(values: np.ndarray) -> np.ndarray:
    """``values %= 2**61 - 1`` in place (uint64), with shifts and masks instead of a division.

    ``x = (x >> 61) * 2**61 + (x & p)`` and ``2**61 = p + 1``, so ``x`` and ``(x & p) + (x >> 61)``
    (at most ``p + 7``) are equal modulo ``p``; the rare sums of ``p`` or more lose one ``p``.
    Half the time of numpy's ``%`` on signatures of 128 permutations.

    >>> p = 2**61 - 1
    >>> x = np.array([0, 5, p - 1, p, p + 1, 2**62, 2**64 - 1], dtype=np.uint64)
    >>> _mod_mersenne(x.copy()).tolist() == [int(v) % p for v in x]
    True
    """
    high = values >> _SHIFT_61
    values &= _PRIME
    values += high
    if values.max() >= _PRIME:
        values[values >= _PRIME] -= _PRIME
    return values


def body_shingle_hashes(body: str) -> np.ndarray:
    """Return :func:`shingle_hashes` of an article body (normalised, folded, source line removed).

    The shingles of :func:`fingerprint`, without its hash and signature: the archive computes
    them for the stored body of each candidate it verifies. Folding the body whole and hashing
    its whitespace-separated tokens (:func:`_word_hashes`) measured 0.12 ms a body of the
    dedup benchmark against 0.20 ms for ``shingle_hashes(words(strip_source_line(body)))``.

    >>> body = "Tỉnh Lam Giang đẩy mạnh chuyển đổi số.\\n\\nNguồn: Báo Lam Giang"
    >>> body_shingle_hashes(body).tolist() == shingle_hashes(words(strip_source_line(body))).tolist()
    True
    """
    text = body if is_tidy(body) else normalize(body)
    folded = fold_body(text)
    word_hashes = _without_source_words(_word_hashes(folded), folded, text, _strip_source(text))
    return _shingle_hashes_of(word_hashes)


def _without_source_words(
    word_hashes: np.ndarray, folded: str, text: str, stripped: str
) -> np.ndarray:
    """``word_hashes`` (of ``folded``, the fold of normalised ``text``) without those of the
    lines :func:`_strip_source` left out of ``stripped``: fold keeps lines, so they are the
    words of the same trailing lines of ``folded``."""
    if stripped == text:
        return word_hashes
    lines = folded.split("\n")
    kept_lines = stripped.count("\n") + 1 if stripped else 0
    dropped = len(_WORD.findall("\n".join(lines[kept_lines:])))
    return word_hashes[: len(word_hashes) - dropped]


def minhash(text: str) -> LeanMinHash:
    """Return the MinHash signature of ``text``'s shingles (a datasketch ``LeanMinHash``).

    >>> a = minhash("Tỉnh Lam Giang triển khai nền tảng số cho các xã vùng cao năm 2025")
    >>> a.jaccard(minhash("Tỉnh Lam Giang triển khai nền tảng số cho các xã vùng cao năm 2025"))
    1.0
    """
    return minhash_of_hashes(body_shingle_hashes(text))


def lsh_keys(signature: MinHash, bands: int = BANDS, rows: int = ROWS) -> list[int]:
    """Return one key per LSH band: a signed 32-bit hash of the band number and its values.

    Two texts share a key for some band with probability ``1 - (1 - J**rows)**bands``. A key
    is an SQLite INTEGER of 4 bytes (an 8-byte digest cost 4 more bytes in each of the 32 index
    entries of an article); the band number is mixed into the hash, so equal values in
    different bands give different keys. A chance collision with an unrelated key (about one
    look-up in 130 at 1,000,000 articles) only adds a candidate, which exact Jaccard rejects.

    >>> keys = lsh_keys(minhash("một hai ba bốn năm sáu bảy tám chín mười"))
    >>> len(keys), len(set(keys)), all(-(2**31) <= k < 2**31 for k in keys)
    (32, 32, True)
    """
    return _band_keys(np.asarray(signature.hashvalues, dtype=np.uint64), bands, rows)


def _band_keys(values: np.ndarray, bands: int = BANDS, rows: int = ROWS) -> list[int]:
    if len(values) < bands * rows:
        raise ValueError(f"signature has {len(values)} values, need {bands * rows}")
    table = values[: bands * rows].reshape(bands, rows)
    with np.errstate(over="ignore"):
        mixed = np.arange(1, bands + 1, dtype=np.uint64) * _BAND_MIX
        for column in range(rows):
            mixed = (mixed ^ table[:, column]) * _MIX
            mixed ^= mixed >> np.uint64(29)
        mixed *= np.uint64(0xBF58476D1CE4E5B9)
        mixed ^= mixed >> np.uint64(32)
    return (mixed & np.uint64(0xFFFFFFFF)).astype(np.uint32).view(np.int32).tolist()


def is_near_duplicate(a_text: str, b_text: str) -> tuple[bool, float]:
    """Return (whether ``a_text`` and ``b_text`` are the same story, their shingle Jaccard).

    Texts shorter than ``MIN_WORDS`` words are never near-duplicates (only exact ones).

    >>> is_near_duplicate("Một câu ngắn.", "Một câu ngắn.")
    (False, 1.0)
    """
    a, b = fingerprint(a_text), fingerprint(b_text)
    jaccard = hashed_similarity(a.shingles, b.shingles)
    return (a.dedupable and b.dedupable and jaccard >= THRESHOLD, jaccard)


@dataclass(frozen=True, eq=False)
class Fingerprint:
    """Everything the archive needs to deduplicate one body, computed once."""

    content_hash: str
    word_count: int
    shingles: np.ndarray  # sorted unique uint64 shingle hashes (see shingle_hashes)
    band_keys: tuple[int, ...]  # signed 32-bit LSH keys; empty when shorter than MIN_WORDS
    signature: bytes  # MinHash values as little-endian uint32 (b"" when not dedupable)
    folded: str  # the whole normalised body folded (dtcrawl.text.fold), for the search index

    @property
    def dedupable(self) -> bool:
        """Whether the body is long enough to take part in duplicate detection."""
        return bool(self.band_keys)


class _WorkSpace(threading.local):
    """This thread's MinHash work space (NUM_PERM rows, one column per shingle), grown as
    needed: a new array of ~700 KB for every article costs the kernel's page faults on top of
    the arithmetic. Per thread, so that threads fingerprinting side by side never share it."""

    work: np.ndarray = np.empty(0, dtype=np.uint64)
    high: np.ndarray = np.empty(0, dtype=np.uint64)


_THREAD = _WorkSpace()


def fingerprint(body: str, *, normalized: bool = False) -> Fingerprint:
    """Return the :class:`Fingerprint` of an article body (``normalized``: already NFC/tidy).

    >>> fp = fingerprint("Tỉnh Lam Giang đẩy mạnh chuyển đổi số. " * 5)
    >>> fp.word_count, len(fp.band_keys)
    (40, 32)
    """
    tidy = is_tidy(body)
    text = body if normalized or tidy else normalize(body)
    folded = fold_body(text)  # fold once: it is the costliest step of a save
    word_hashes = _word_hashes(folded)
    word_count = len(word_hashes)
    stripped = _strip_source(text)
    word_hashes = _without_source_words(word_hashes, folded, text, stripped)
    hashes = _shingle_hashes_of(word_hashes)
    # Whitespace collapsed: in normalised text (and in its first lines, ``stripped``) the only
    # runs of whitespace are " ", "\n" and "\n\n", which two replaces turn into single spaces
    # 10x faster than splitting on whitespace and joining.
    if tidy:
        collapsed = stripped.replace("\n\n", " ").replace("\n", " ")
    else:
        collapsed = " ".join(stripped.split())
    digest = hashlib.sha256(collapsed.encode("utf-8")).hexdigest()
    keys: tuple[int, ...] = ()
    signature = b""
    if len(word_hashes) >= MIN_WORDS:
        values = _minhash_values(hashes)
        keys = tuple(_band_keys(values))
        signature = np.asarray(values, dtype="<u4").tobytes()
    return Fingerprint(digest, word_count, hashes, keys, signature, folded)


def estimated_similarity(a: bytes, b: bytes) -> float:
    """Return the MinHash estimate of Jaccard similarity from two :attr:`Fingerprint.signature`.

    >>> a = fingerprint("Tỉnh Lam Giang đẩy mạnh chuyển đổi số. " * 5).signature
    >>> estimated_similarity(a, a)
    1.0
    """
    x, y = np.frombuffer(a, dtype="<u4"), np.frombuffer(b, dtype="<u4")
    if x.size == 0 or x.size != y.size:
        return 0.0
    return float(np.count_nonzero(x == y)) / x.size
