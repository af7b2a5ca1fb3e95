import type { ReportModel } from "./model.js";
import { renderHtml } from "./render-html.js";
import { renderMarkdown } from "./render-md.js";

export { reportModel, type ReportModel, type ReportOptions } from "./model.js";
export { renderHtml } from "./render-html.js";
export { renderMarkdown } from "./render-md.js";

export type ReportFormat = "md" | "json" | "html";
export const REPORT_FORMATS: readonly ReportFormat[] = ["md", "json", "html"];

/** The report in one of its formats, ending in a newline. */
export function renderReport(model: ReportModel, format: ReportFormat): string {
  switch (format) {
    case "md":
      return renderMarkdown(model);
    case "json":
      return `${JSON.stringify(model, null, 2)}\n`;
    case "html":
      return renderHtml(model);
  }
}
