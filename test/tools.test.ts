import { describe, expect, it } from "vitest";
import { gate, isCI, type Tool } from "./tools.ts";

const here: Tool = { name: "here", install: "here-pkg", present: () => true };
const gone: Tool = { name: "/usr/bin/gone", install: "gone-pkg", present: () => false };

describe("tests that need system programs", () => {
  it("run when every program is present, in CI or not", () => {
    expect(gate([here], false)).toEqual({ run: true });
    expect(gate([here], true)).toEqual({ run: true });
  });

  it("are skipped locally but fail under CI when a program is missing, naming it and its package", () => {
    expect(gate([here, gone], false)).toEqual({
      run: false,
      fail: false,
      reason: "missing /usr/bin/gone (apt-get install gone-pkg)",
    });
    expect(gate([gone], true)).toMatchObject({ run: false, fail: true });
  });

  it("reads CI the way CI services set it", () => {
    expect(isCI({ CI: "true" })).toBe(true);
    expect(isCI({ CI: "1" })).toBe(true);
    expect(isCI({ CI: "false" })).toBe(false);
    expect(isCI({})).toBe(false);
  });
});
