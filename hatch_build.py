"""Build hook: compile the ledger verifier's optional C module (``ledger/_native.c``) in place.

Without a C compiler or Python's headers the build goes on without it and ``ledger verify`` runs in pure
Python, only more slowly. ``LEDGER_BUILD_NATIVE=0`` skips the module; ``=1`` makes a failed compile fail the
build (CI sets it, so the C path is always what CI tests).
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sysconfig
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CustomBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        mode = os.environ.get("LEDGER_BUILD_NATIVE", "auto")
        if self.target_name != "wheel" or mode == "0":
            return
        source = Path(self.root, "ledger", "_native.c")
        target = source.with_name("_native" + str(sysconfig.get_config_var("EXT_SUFFIX")))
        compiler = shlex.split(str(sysconfig.get_config_var("CC") or "cc"))
        include = sysconfig.get_paths()["include"]
        command = [
            *compiler,
            "-O3",
            "-fPIC",
            "-shared",
            "-Wall",
            f"-I{include}",
            str(source),
            "-o",
            str(target),
        ]
        try:
            subprocess.run(command, check=True, capture_output=True, text=True)  # noqa: S603 - fixed arguments
        except (OSError, subprocess.CalledProcessError) as exc:
            detail = getattr(exc, "stderr", "") or str(exc)
            if mode == "1":
                raise RuntimeError(f"ledger/_native.c did not compile: {detail}") from exc
            self.app.display_warning(
                f"ledger: C module not built, verification runs in pure Python: {detail}"
            )
            return
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        if version != "editable":
            build_data["force_include"][str(target)] = f"ledger/{target.name}"
