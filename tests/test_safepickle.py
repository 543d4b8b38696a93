"""The restricted unpickler builds only what it is told to, and calls nothing else."""

from __future__ import annotations

import os
import pickle
from datetime import date
from pathlib import Path

import pytest

from mhbrief import safepickle


class _Payload:
    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return os.system, (f"touch {self.marker}",)


ALLOWED: safepickle.Allowed = {("datetime", "date"): date}


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_a_call_of_os_system_is_refused_in_every_protocol(tmp_path: Path, protocol: int) -> None:
    marker = tmp_path / "pwned"
    with pytest.raises(safepickle.Refused, match=r"refused to unpickle (posix|os)\.system"):
        safepickle.loads(pickle.dumps(_Payload(marker), protocol=protocol), ALLOWED)
    assert not marker.exists()


def test_allowed_classes_and_plain_values_come_back() -> None:
    value = {"when": date(2026, 12, 4), "items": [1, 2.5, "x", b"\x00\xff", None, (True,)]}
    for protocol in range(3, pickle.HIGHEST_PROTOCOL + 1):  # 0-2 rebuild bytes by a call
        assert safepickle.loads(pickle.dumps(value, protocol=protocol), ALLOWED) == value


def test_a_class_not_on_the_list_is_refused_even_if_harmless() -> None:
    with pytest.raises(safepickle.Refused, match=r"pathlib\.PosixPath"):
        safepickle.loads(pickle.dumps(Path("/x")), ALLOWED)


def test_bytes_are_rebuilt_only_through_latin1() -> None:
    allowed = {("_codecs", "encode"): safepickle.latin1_encode}
    assert safepickle.loads(pickle.dumps(b"\x00\xff", protocol=2), allowed) == b"\x00\xff"
    planted = b"\x80\x02c_codecs\nencode\nq\x00X\x01\x00\x00\x00aX\x05\x00\x00\x00rot13\x86R."
    with pytest.raises(safepickle.Refused, match="rot13"):
        safepickle.loads(planted, allowed)
