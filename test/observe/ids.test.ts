import { describe, expect, it } from "vitest";
import { formatStageTrace, parseStageTrace, runTrace, stageSpanId } from "../../src/observe/ids.js";
import { collectorOf } from "../../src/observe/tracing.js";

describe("trace ids of a run", () => {
  it("are the same wherever the run is known, and differ between runs", () => {
    const a = runTrace("acme/app", "issue-to-pr#7@2026-12-02T05:00:00.000Z");
    expect(a).toEqual(runTrace("acme/app", "issue-to-pr#7@2026-12-02T05:00:00.000Z"));
    expect(a.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(a.runSpanId).toMatch(/^[0-9a-f]{16}$/);
    expect(runTrace("acme/app", "issue-to-pr#7@2026-12-03T05:00:00.000Z").traceId).not.toBe(a.traceId);
    expect(runTrace("acme/other", "issue-to-pr#7@2026-12-02T05:00:00.000Z").traceId).not.toBe(a.traceId);
    expect(stageSpanId(a.traceId, "41.1", "execute")).not.toBe(stageSpanId(a.traceId, "41.2", "execute"));
  });

  it("round-trip through the route job's output, and anything else is no trace", () => {
    const t = { ...runTrace("acme/app", "x#1@t"), stageSpanId: "0123456789abcdef", startMs: 1764650000000, stage: "feedback" };
    expect(parseStageTrace(formatStageTrace(t))).toEqual(t);
    for (const bad of ["", "x", `${formatStageTrace(t)}\nmore`, formatStageTrace(t).replace("feedback", "Feed back"), formatStageTrace({ ...t, traceId: "G".repeat(32) }), "${{ secrets.X }}"]) {
      expect(parseStageTrace(bad)).toBeUndefined();
    }
  });
});

describe("the collector", () => {
  it("is named by the OTLP variables, and switched off by OTel's own", () => {
    expect(collectorOf({})).toBeUndefined();
    expect(collectorOf({ OTEL_EXPORTER_OTLP_ENDPOINT: "" })).toBeUndefined();
    expect(collectorOf({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://c:4318/" })).toBe("http://c:4318/v1/traces");
    expect(collectorOf({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://c:4318", OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "http://t/x" })).toBe("http://t/x");
    expect(collectorOf({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://c:4318", OTEL_SDK_DISABLED: "true" })).toBeUndefined();
    expect(collectorOf({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://c:4318", OTEL_TRACES_EXPORTER: "none" })).toBeUndefined();
  });
});
