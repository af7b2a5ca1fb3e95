#!/usr/bin/env node
import { createRequire as __crustyclawRequire } from 'node:module'; const require = __crustyclawRequire(import.meta.url);
import {
  parseUnifiedDiff
} from "../chunks/chunk-KBHS33SK.js";
import {
  AjvJsonSchemaValidator,
  CallToolRequestSchema,
  CallToolResultSchema,
  CreateMessageResultSchema,
  CreateMessageResultWithToolsSchema,
  CreateTaskResultSchema,
  ElicitResultSchema,
  EmptyResultSchema,
  ErrorCode,
  InitializeRequestSchema,
  InitializedNotificationSchema,
  LATEST_PROTOCOL_VERSION,
  ListRootsResultSchema,
  ListToolsRequestSchema,
  LoggingLevelSchema,
  McpError,
  Protocol,
  ReadBuffer,
  SUPPORTED_PROTOCOL_VERSIONS,
  SetLevelRequestSchema,
  assertClientRequestTaskCapability,
  assertToolsCallTaskCapability,
  getLiteralValue,
  getObjectShape,
  mergeCapabilities,
  safeParse,
  serializeMessage
} from "../chunks/chunk-V24ZRXUG.js";
import {
  createTools,
  scriptSchema
} from "../chunks/chunk-2J7HGFJF.js";
import {
  RE2JS
} from "../chunks/chunk-5ZFJ5HBO.js";
import "../chunks/chunk-VEXRODS4.js";
import {
  ancestry,
  fuseNodes
} from "../chunks/chunk-JBRZ5G6P.js";
import {
  packageRoot,
  scrubbedEnv
} from "../chunks/chunk-IMVBBNRL.js";
import {
  APPROVAL_COMMANDS,
  RUN_BRANCHES,
  SWEEP_CRON,
  adoptsPullRequests,
  branchPrefix,
  followsPullRequests,
  opensPullRequests,
  readState,
  sweeps,
  trackingMarker
} from "../chunks/chunk-PWWOG5HT.js";
import {
  PULL_FILE
} from "../chunks/chunk-P2IP76WI.js";
import {
  CONFIG_PATH,
  FEEDBACK_FILE,
  cronProblem,
  defaultConfig,
  loadBlueprint,
  parseConfig,
  publishingStage,
  readConfig,
  segmentsOf,
  sha256
} from "../chunks/chunk-BSI7JWQ6.js";
import {
  INSTRUCTIONS_FILE
} from "../chunks/chunk-MIML4RH4.js";
import {
  APPROVED_PLAN_FILE,
  PLAN_SCHEMA,
  ROUTE_ARTIFACT,
  blueprintTest,
  closest,
  didYouMean,
  formatProblem,
  parseYamlSource,
  positionOf,
  postsReview,
  require_dist,
  reviewsPullRequests,
  schemaProblems,
  sortProblems
} from "../chunks/chunk-UNI2HRDF.js";
import "../chunks/chunk-ERHXKVEK.js";
import {
  STAGES,
  TOOLS,
  TRUST_TIERS,
  blueprintSchema,
  mcpServerSchema,
  mcpServersSchema,
  parseCommandPattern,
  require_codegen,
  require_compile,
  require_core,
  require_dependencies,
  require_discriminator,
  require_draft7,
  require_names,
  require_ref,
  require_ref_error,
  require_util,
  require_validate,
  require_validation_error
} from "../chunks/chunk-IFMW6CY3.js";
import {
  ForgeError,
  call,
  createClient,
  createForge,
  parseRepo
} from "../chunks/chunk-T4LF76S4.js";
import {
  __commonJS,
  __export,
  __toESM
} from "../chunks/chunk-4BX6NHJ2.js";

// node_modules/cronstrue/dist/cronstrue.js
var require_cronstrue = __commonJS({
  "node_modules/cronstrue/dist/cronstrue.js"(exports, module) {
    (function webpackUniversalModuleDefinition(root, factory) {
      if (typeof exports === "object" && typeof module === "object")
        module.exports = factory();
      else if (typeof define === "function" && define.amd)
        define("cronstrue", [], factory);
      else if (typeof exports === "object")
        exports["cronstrue"] = factory();
      else
        root["cronstrue"] = factory();
    })(globalThis, () => {
      return (
        /******/
        (() => {
          "use strict";
          var __webpack_modules__ = {
            /***/
            949: (
              /***/
              ((__unused_webpack_module, exports2, __webpack_require__2) => {
                Object.defineProperty(exports2, "__esModule", { value: true });
                exports2.CronParser = void 0;
                var rangeValidator_1 = __webpack_require__2(515);
                var CronParser = (function() {
                  function CronParser2(expression, dayOfWeekStartIndexZero, monthStartIndexZero) {
                    if (dayOfWeekStartIndexZero === void 0) {
                      dayOfWeekStartIndexZero = true;
                    }
                    if (monthStartIndexZero === void 0) {
                      monthStartIndexZero = false;
                    }
                    this.expression = expression;
                    this.dayOfWeekStartIndexZero = dayOfWeekStartIndexZero;
                    this.monthStartIndexZero = monthStartIndexZero;
                  }
                  CronParser2.prototype.parse = function() {
                    var _a;
                    var parsed2;
                    var expression = (_a = this.expression) !== null && _a !== void 0 ? _a : "";
                    if (expression === "@reboot") {
                      parsed2 = ["@reboot", "", "", "", "", "", ""];
                      return parsed2;
                    } else if (expression.startsWith("@")) {
                      var special = this.parseSpecial(this.expression);
                      parsed2 = this.extractParts(special);
                    } else {
                      parsed2 = this.extractParts(this.expression);
                    }
                    this.normalize(parsed2);
                    this.validate(parsed2);
                    return parsed2;
                  };
                  CronParser2.prototype.parseSpecial = function(expression) {
                    var specialExpressions = {
                      "@yearly": "0 0 1 1 *",
                      "@annually": "0 0 1 1 *",
                      "@monthly": "0 0 1 * *",
                      "@weekly": "0 0 * * 0",
                      "@daily": "0 0 * * *",
                      "@midnight": "0 0 * * *",
                      "@hourly": "0 * * * *",
                      "@reboot": "@reboot"
                    };
                    var special = specialExpressions[expression];
                    if (!special) {
                      throw new Error("Unknown special expression.");
                    }
                    return special;
                  };
                  CronParser2.prototype.extractParts = function(expression) {
                    if (!this.expression) {
                      throw new Error("cron expression is empty");
                    }
                    var parsed2 = expression.trim().split(/[ ]+/);
                    for (var i = 0; i < parsed2.length; i++) {
                      if (parsed2[i].includes(",")) {
                        var arrayElement = parsed2[i].split(",").map(function(item) {
                          return item.trim();
                        }).filter(function(item) {
                          return item !== "";
                        }).map(function(item) {
                          return !isNaN(Number(item)) ? Number(item) : item;
                        }).filter(function(item) {
                          return item !== null && item !== "";
                        });
                        if (arrayElement.length === 0) {
                          arrayElement.push("*");
                        }
                        arrayElement.sort(function(a, b) {
                          return a !== null && b !== null ? a - b : 0;
                        });
                        parsed2[i] = arrayElement.map(function(item) {
                          return item !== null ? item.toString() : "";
                        }).join(",");
                      }
                    }
                    if (parsed2.length < 5) {
                      throw new Error("Expression has only ".concat(parsed2.length, " part").concat(parsed2.length == 1 ? "" : "s", ". At least 5 parts are required."));
                    } else if (parsed2.length == 5) {
                      parsed2.unshift("");
                      parsed2.push("");
                    } else if (parsed2.length == 6) {
                      var isYearWithNoSecondsPart = /\d{4}$/.test(parsed2[5]) || parsed2[4] == "?" || parsed2[2] == "?";
                      if (isYearWithNoSecondsPart) {
                        parsed2.unshift("");
                      } else {
                        parsed2.push("");
                      }
                    } else if (parsed2.length > 7) {
                      throw new Error("Expression has ".concat(parsed2.length, " parts; too many!"));
                    }
                    return parsed2;
                  };
                  CronParser2.prototype.normalize = function(expressionParts) {
                    var _this = this;
                    expressionParts[3] = expressionParts[3].replace("?", "*");
                    expressionParts[5] = expressionParts[5].replace("?", "*");
                    expressionParts[2] = expressionParts[2].replace("?", "*");
                    if (expressionParts[0].indexOf("0/") == 0) {
                      expressionParts[0] = expressionParts[0].replace("0/", "*/");
                    }
                    if (expressionParts[1].indexOf("0/") == 0) {
                      expressionParts[1] = expressionParts[1].replace("0/", "*/");
                    }
                    if (expressionParts[2].indexOf("0/") == 0) {
                      expressionParts[2] = expressionParts[2].replace("0/", "*/");
                    }
                    if (expressionParts[3].indexOf("1/") == 0) {
                      expressionParts[3] = expressionParts[3].replace("1/", "*/");
                    }
                    if (expressionParts[4].indexOf("1/") == 0) {
                      expressionParts[4] = expressionParts[4].replace("1/", "*/");
                    }
                    if (expressionParts[6].indexOf("1/") == 0) {
                      expressionParts[6] = expressionParts[6].replace("1/", "*/");
                    }
                    expressionParts[5] = expressionParts[5].replace(/(^\d)|([^#/\s]\d)/g, function(t) {
                      var dowDigits = t.replace(/\D/, "");
                      var dowDigitsAdjusted = dowDigits;
                      if (_this.dayOfWeekStartIndexZero) {
                        if (dowDigits == "7") {
                          dowDigitsAdjusted = "0";
                        }
                      } else {
                        dowDigitsAdjusted = (parseInt(dowDigits) - 1).toString();
                      }
                      return t.replace(dowDigits, dowDigitsAdjusted);
                    });
                    if (expressionParts[5] == "L") {
                      expressionParts[5] = "6";
                    }
                    if (expressionParts[3] == "?") {
                      expressionParts[3] = "*";
                    }
                    if (expressionParts[3].indexOf("W") > -1 && (expressionParts[3].indexOf(",") > -1 || expressionParts[3].indexOf("-") > -1)) {
                      throw new Error("The 'W' character can be specified only when the day-of-month is a single day, not a range or list of days.");
                    }
                    var days = {
                      SUN: 0,
                      MON: 1,
                      TUE: 2,
                      WED: 3,
                      THU: 4,
                      FRI: 5,
                      SAT: 6
                    };
                    for (var day in days) {
                      expressionParts[5] = expressionParts[5].replace(new RegExp(day, "gi"), days[day].toString());
                    }
                    expressionParts[4] = expressionParts[4].replace(/(^\d{1,2})|([^#/\s]\d{1,2})/g, function(t) {
                      var dowDigits = t.replace(/\D/, "");
                      var dowDigitsAdjusted = dowDigits;
                      if (_this.monthStartIndexZero) {
                        dowDigitsAdjusted = (parseInt(dowDigits) + 1).toString();
                      }
                      return t.replace(dowDigits, dowDigitsAdjusted);
                    });
                    var months = {
                      JAN: 1,
                      FEB: 2,
                      MAR: 3,
                      APR: 4,
                      MAY: 5,
                      JUN: 6,
                      JUL: 7,
                      AUG: 8,
                      SEP: 9,
                      OCT: 10,
                      NOV: 11,
                      DEC: 12
                    };
                    for (var month in months) {
                      expressionParts[4] = expressionParts[4].replace(new RegExp(month, "gi"), months[month].toString());
                    }
                    if (expressionParts[0] == "0") {
                      expressionParts[0] = "";
                    }
                    if (!/\*|\-|\,|\//.test(expressionParts[2]) && (/\*|\//.test(expressionParts[1]) || /\*|\//.test(expressionParts[0]))) {
                      expressionParts[2] += "-".concat(expressionParts[2]);
                    }
                    for (var i = 0; i < expressionParts.length; i++) {
                      if (expressionParts[i].indexOf(",") != -1) {
                        expressionParts[i] = expressionParts[i].split(",").filter(function(str2) {
                          return str2 !== "";
                        }).join(",") || "*";
                      }
                      if (expressionParts[i] == "*/1") {
                        expressionParts[i] = "*";
                      }
                      if (expressionParts[i].indexOf("/") > -1 && !/^\*|\-|\,/.test(expressionParts[i])) {
                        var stepRangeThrough = null;
                        switch (i) {
                          case 4:
                            stepRangeThrough = "12";
                            break;
                          case 5:
                            stepRangeThrough = "6";
                            break;
                          case 6:
                            stepRangeThrough = "9999";
                            break;
                          default:
                            stepRangeThrough = null;
                            break;
                        }
                        if (stepRangeThrough !== null) {
                          var parts = expressionParts[i].split("/");
                          expressionParts[i] = "".concat(parts[0], "-").concat(stepRangeThrough, "/").concat(parts[1]);
                        }
                      }
                    }
                  };
                  CronParser2.prototype.validate = function(parsed2) {
                    var standardCronPartCharacters = "0-9,\\-*/";
                    this.validateOnlyExpectedCharactersFound(parsed2[0], standardCronPartCharacters);
                    this.validateOnlyExpectedCharactersFound(parsed2[1], standardCronPartCharacters);
                    this.validateOnlyExpectedCharactersFound(parsed2[2], standardCronPartCharacters);
                    this.validateOnlyExpectedCharactersFound(parsed2[3], "0-9,\\-*/LW");
                    this.validateOnlyExpectedCharactersFound(parsed2[4], standardCronPartCharacters);
                    this.validateOnlyExpectedCharactersFound(parsed2[5], "0-9,\\-*/L#");
                    this.validateOnlyExpectedCharactersFound(parsed2[6], standardCronPartCharacters);
                    this.validateAnyRanges(parsed2);
                  };
                  CronParser2.prototype.validateAnyRanges = function(parsed2) {
                    rangeValidator_1.default.secondRange(parsed2[0]);
                    rangeValidator_1.default.minuteRange(parsed2[1]);
                    rangeValidator_1.default.hourRange(parsed2[2]);
                    rangeValidator_1.default.dayOfMonthRange(parsed2[3]);
                    rangeValidator_1.default.monthRange(parsed2[4], this.monthStartIndexZero);
                    rangeValidator_1.default.dayOfWeekRange(parsed2[5], this.dayOfWeekStartIndexZero);
                  };
                  CronParser2.prototype.validateOnlyExpectedCharactersFound = function(cronPart, allowedCharsExpression) {
                    var invalidChars = cronPart.match(new RegExp("[^".concat(allowedCharsExpression, "]+"), "gi"));
                    if (invalidChars && invalidChars.length) {
                      throw new Error("Expression contains invalid values: '".concat(invalidChars.toString(), "'"));
                    }
                  };
                  return CronParser2;
                })();
                exports2.CronParser = CronParser;
              })
            ),
            /***/
            333: (
              /***/
              ((__unused_webpack_module, exports2, __webpack_require__2) => {
                Object.defineProperty(exports2, "__esModule", { value: true });
                exports2.ExpressionDescriptor = void 0;
                var stringUtilities_1 = __webpack_require__2(823);
                var cronParser_1 = __webpack_require__2(949);
                var ExpressionDescriptor = (function() {
                  function ExpressionDescriptor2(expression, options) {
                    this.expression = expression;
                    this.options = options;
                    this.expressionParts = new Array(5);
                    if (!this.options.locale && ExpressionDescriptor2.defaultLocale) {
                      this.options.locale = ExpressionDescriptor2.defaultLocale;
                    }
                    if (!ExpressionDescriptor2.locales[this.options.locale]) {
                      var fallBackLocale = Object.keys(ExpressionDescriptor2.locales)[0];
                      console.warn("Locale '".concat(this.options.locale, "' could not be found; falling back to '").concat(fallBackLocale, "'."));
                      this.options.locale = fallBackLocale;
                    }
                    this.i18n = ExpressionDescriptor2.locales[this.options.locale];
                    if (options.use24HourTimeFormat === void 0) {
                      options.use24HourTimeFormat = this.i18n.use24HourTimeFormatByDefault();
                    }
                  }
                  ExpressionDescriptor2.toString = function(expression, _a) {
                    var _b = _a === void 0 ? {} : _a, _c = _b.throwExceptionOnParseError, throwExceptionOnParseError = _c === void 0 ? true : _c, _d = _b.verbose, verbose = _d === void 0 ? false : _d, _e = _b.dayOfWeekStartIndexZero, dayOfWeekStartIndexZero = _e === void 0 ? true : _e, _f = _b.monthStartIndexZero, monthStartIndexZero = _f === void 0 ? false : _f, use24HourTimeFormat = _b.use24HourTimeFormat, _g = _b.locale, locale = _g === void 0 ? null : _g;
                    var options = {
                      throwExceptionOnParseError,
                      verbose,
                      dayOfWeekStartIndexZero,
                      monthStartIndexZero,
                      use24HourTimeFormat,
                      locale
                    };
                    if (options.tzOffset) {
                      console.warn("'tzOffset' option has been deprecated and is no longer supported.");
                    }
                    var descripter = new ExpressionDescriptor2(expression, options);
                    return descripter.getFullDescription();
                  };
                  ExpressionDescriptor2.initialize = function(localesLoader, defaultLocale) {
                    if (defaultLocale === void 0) {
                      defaultLocale = "en";
                    }
                    ExpressionDescriptor2.specialCharacters = ["/", "-", ",", "*"];
                    ExpressionDescriptor2.defaultLocale = defaultLocale;
                    localesLoader.load(ExpressionDescriptor2.locales);
                  };
                  ExpressionDescriptor2.prototype.getFullDescription = function() {
                    var _a, _b;
                    var description = "";
                    try {
                      var parser = new cronParser_1.CronParser(this.expression, this.options.dayOfWeekStartIndexZero, this.options.monthStartIndexZero);
                      this.expressionParts = parser.parse();
                      if (this.expressionParts[0] === "@reboot") {
                        return ((_b = (_a = this.i18n).atReboot) === null || _b === void 0 ? void 0 : _b.call(_a)) || "Run once, at startup";
                      }
                      var timeSegment = this.getTimeOfDayDescription();
                      var dayOfMonthDesc = this.getDayOfMonthDescription();
                      var monthDesc = this.getMonthDescription();
                      var dayOfWeekDesc = this.getDayOfWeekDescription();
                      var yearDesc = this.getYearDescription();
                      description += timeSegment + dayOfMonthDesc + dayOfWeekDesc + monthDesc + yearDesc;
                      description = this.transformVerbosity(description, !!this.options.verbose);
                      description = description.charAt(0).toLocaleUpperCase() + description.substr(1);
                    } catch (ex) {
                      if (!this.options.throwExceptionOnParseError) {
                        description = this.i18n.anErrorOccuredWhenGeneratingTheExpressionD();
                      } else {
                        throw "".concat(ex);
                      }
                    }
                    return description;
                  };
                  ExpressionDescriptor2.prototype.getTimeOfDayDescription = function() {
                    var secondsExpression = this.expressionParts[0];
                    var minuteExpression = this.expressionParts[1];
                    var hourExpression = this.expressionParts[2];
                    var description = "";
                    if (!stringUtilities_1.StringUtilities.containsAny(minuteExpression, ExpressionDescriptor2.specialCharacters) && !stringUtilities_1.StringUtilities.containsAny(hourExpression, ExpressionDescriptor2.specialCharacters) && !stringUtilities_1.StringUtilities.containsAny(secondsExpression, ExpressionDescriptor2.specialCharacters)) {
                      description += this.i18n.atSpace() + this.formatTime(hourExpression, minuteExpression, secondsExpression);
                    } else if (!secondsExpression && minuteExpression.indexOf("-") > -1 && !(minuteExpression.indexOf(",") > -1) && !(minuteExpression.indexOf("/") > -1) && !stringUtilities_1.StringUtilities.containsAny(hourExpression, ExpressionDescriptor2.specialCharacters)) {
                      var minuteParts = minuteExpression.split("-");
                      description += stringUtilities_1.StringUtilities.format(this.i18n.everyMinuteBetweenX0AndX1(), this.formatTime(hourExpression, minuteParts[0], ""), this.formatTime(hourExpression, minuteParts[1], ""));
                    } else if (!secondsExpression && hourExpression.indexOf(",") > -1 && hourExpression.indexOf("-") == -1 && hourExpression.indexOf("/") == -1 && !stringUtilities_1.StringUtilities.containsAny(minuteExpression, ExpressionDescriptor2.specialCharacters)) {
                      var hourParts = hourExpression.split(",");
                      description += this.i18n.at();
                      for (var i = 0; i < hourParts.length; i++) {
                        description += " ";
                        description += this.formatTime(hourParts[i], minuteExpression, "");
                        if (i < hourParts.length - 2) {
                          description += ",";
                        }
                        if (i == hourParts.length - 2) {
                          description += this.i18n.spaceAnd();
                        }
                      }
                    } else {
                      var secondsDescription = this.getSecondsDescription();
                      var minutesDescription = this.getMinutesDescription();
                      var hoursDescription = this.getHoursDescription();
                      description += secondsDescription;
                      if (description && minutesDescription) {
                        description += ", ";
                      }
                      description += minutesDescription;
                      if (minutesDescription === hoursDescription) {
                        return description;
                      }
                      if (description && hoursDescription) {
                        description += ", ";
                      }
                      description += hoursDescription;
                    }
                    return description;
                  };
                  ExpressionDescriptor2.prototype.getSecondsDescription = function() {
                    var _this = this;
                    var description = this.getSegmentDescription(this.expressionParts[0], this.i18n.everySecond(), function(s) {
                      return s;
                    }, function(s) {
                      return stringUtilities_1.StringUtilities.format(_this.i18n.everyX0Seconds(s), s);
                    }, function(s) {
                      return _this.i18n.secondsX0ThroughX1PastTheMinute();
                    }, function(s) {
                      return s == "0" ? "" : parseInt(s) < 20 ? _this.i18n.atX0SecondsPastTheMinute(s) : _this.i18n.atX0SecondsPastTheMinuteGt20() || _this.i18n.atX0SecondsPastTheMinute(s);
                    });
                    return description;
                  };
                  ExpressionDescriptor2.prototype.getMinutesDescription = function() {
                    var _this = this;
                    var secondsExpression = this.expressionParts[0];
                    var hourExpression = this.expressionParts[2];
                    var description = this.getSegmentDescription(this.expressionParts[1], this.i18n.everyMinute(), function(s) {
                      return s;
                    }, function(s) {
                      return stringUtilities_1.StringUtilities.format(_this.i18n.everyX0Minutes(s), s);
                    }, function(s) {
                      return _this.i18n.minutesX0ThroughX1PastTheHour();
                    }, function(s) {
                      try {
                        return s == "0" && hourExpression.indexOf("/") == -1 && secondsExpression == "" ? _this.i18n.everyHour() : parseInt(s) < 20 ? _this.i18n.atX0MinutesPastTheHour(s) : _this.i18n.atX0MinutesPastTheHourGt20() || _this.i18n.atX0MinutesPastTheHour(s);
                      } catch (e) {
                        return _this.i18n.atX0MinutesPastTheHour(s);
                      }
                    });
                    return description;
                  };
                  ExpressionDescriptor2.prototype.getHoursDescription = function() {
                    var _this = this;
                    var expression = this.expressionParts[2];
                    var hourIndex = 0;
                    var rangeEndValues = [];
                    expression.split("/")[0].split(",").forEach(function(range) {
                      var rangeParts = range.split("-");
                      if (rangeParts.length === 2) {
                        rangeEndValues.push({ value: rangeParts[1], index: hourIndex + 1 });
                      }
                      hourIndex += rangeParts.length;
                    });
                    var evaluationIndex = 0;
                    var description = this.getSegmentDescription(expression, this.i18n.everyHour(), function(s) {
                      var match = rangeEndValues.find(function(r) {
                        return r.value === s && r.index === evaluationIndex;
                      });
                      var isRangeEndWithNonZeroMinute = match && _this.expressionParts[1] !== "0";
                      evaluationIndex++;
                      return isRangeEndWithNonZeroMinute ? _this.formatTime(s, "59", "") : _this.formatTime(s, "0", "");
                    }, function(s) {
                      return stringUtilities_1.StringUtilities.format(_this.i18n.everyX0Hours(s), s);
                    }, function(s) {
                      return _this.i18n.betweenX0AndX1();
                    }, function(s) {
                      return _this.i18n.atX0();
                    });
                    return description;
                  };
                  ExpressionDescriptor2.prototype.getDayOfWeekDescription = function() {
                    var _this = this;
                    var daysOfWeekNames = this.i18n.daysOfTheWeek();
                    var description = null;
                    if (this.expressionParts[5] == "*") {
                      description = "";
                    } else {
                      description = this.getSegmentDescription(this.expressionParts[5], this.i18n.commaEveryDay(), function(s, form) {
                        var exp = s;
                        if (s.indexOf("#") > -1) {
                          exp = s.substring(0, s.indexOf("#"));
                        } else if (s.indexOf("L") > -1) {
                          exp = exp.replace("L", "");
                        }
                        var parsedExp = parseInt(exp);
                        var description2 = _this.i18n.daysOfTheWeekInCase ? _this.i18n.daysOfTheWeekInCase(form)[parsedExp] : daysOfWeekNames[parsedExp];
                        if (s.indexOf("#") > -1) {
                          var dayOfWeekOfMonthDescription = null;
                          var dayOfWeekOfMonthNumber = s.substring(s.indexOf("#") + 1);
                          var dayOfWeekNumber = s.substring(0, s.indexOf("#"));
                          switch (dayOfWeekOfMonthNumber) {
                            case "1":
                              dayOfWeekOfMonthDescription = _this.i18n.first(dayOfWeekNumber);
                              break;
                            case "2":
                              dayOfWeekOfMonthDescription = _this.i18n.second(dayOfWeekNumber);
                              break;
                            case "3":
                              dayOfWeekOfMonthDescription = _this.i18n.third(dayOfWeekNumber);
                              break;
                            case "4":
                              dayOfWeekOfMonthDescription = _this.i18n.fourth(dayOfWeekNumber);
                              break;
                            case "5":
                              dayOfWeekOfMonthDescription = _this.i18n.fifth(dayOfWeekNumber);
                              break;
                          }
                          description2 = dayOfWeekOfMonthDescription + " " + description2;
                        }
                        return description2;
                      }, function(s) {
                        if (parseInt(s) == 1) {
                          return "";
                        } else {
                          return stringUtilities_1.StringUtilities.format(_this.i18n.commaEveryX0DaysOfTheWeek(s), s);
                        }
                      }, function(s) {
                        var beginFrom = s.substring(0, s.indexOf("-"));
                        var domSpecified = _this.expressionParts[3] != "*";
                        return domSpecified ? _this.i18n.commaAndX0ThroughX1(beginFrom) : _this.i18n.commaX0ThroughX1(beginFrom);
                      }, function(s) {
                        var format2 = null;
                        if (s.indexOf("#") > -1) {
                          var dayOfWeekOfMonthNumber = s.substring(s.indexOf("#") + 1);
                          var dayOfWeek = s.substring(0, s.indexOf("#"));
                          format2 = _this.i18n.commaOnThe(dayOfWeekOfMonthNumber, dayOfWeek).trim() + _this.i18n.spaceX0OfTheMonth();
                        } else if (s.indexOf("L") > -1) {
                          format2 = _this.i18n.commaOnTheLastX0OfTheMonth(s.replace("L", ""));
                        } else {
                          var domSpecified = _this.expressionParts[3] != "*";
                          format2 = domSpecified ? _this.i18n.commaAndOnX0() : _this.i18n.commaOnlyOnX0(s);
                        }
                        return format2;
                      });
                    }
                    return description;
                  };
                  ExpressionDescriptor2.prototype.getMonthDescription = function() {
                    var _this = this;
                    var monthNames = this.i18n.monthsOfTheYear();
                    var description = this.getSegmentDescription(this.expressionParts[4], "", function(s, form) {
                      return form && _this.i18n.monthsOfTheYearInCase ? _this.i18n.monthsOfTheYearInCase(form)[parseInt(s) - 1] : monthNames[parseInt(s) - 1];
                    }, function(s) {
                      if (parseInt(s) == 1) {
                        return "";
                      } else {
                        return stringUtilities_1.StringUtilities.format(_this.i18n.commaEveryX0Months(s), s);
                      }
                    }, function(s) {
                      return _this.i18n.commaMonthX0ThroughMonthX1() || _this.i18n.commaX0ThroughX1();
                    }, function(s) {
                      return _this.i18n.commaOnlyInMonthX0 ? _this.i18n.commaOnlyInMonthX0() : _this.i18n.commaOnlyInX0();
                    });
                    return description;
                  };
                  ExpressionDescriptor2.prototype.getDayOfMonthDescription = function() {
                    var _this = this;
                    var description = null;
                    var expression = this.expressionParts[3];
                    switch (expression) {
                      case "L":
                        description = this.i18n.commaOnTheLastDayOfTheMonth();
                        break;
                      case "WL":
                      case "LW":
                        description = this.i18n.commaOnTheLastWeekdayOfTheMonth();
                        break;
                      default:
                        var weekDayNumberMatches = expression.match(/(\d{1,2}W)|(W\d{1,2})/);
                        if (weekDayNumberMatches) {
                          var dayNumber = parseInt(weekDayNumberMatches[0].replace("W", ""));
                          var dayString = dayNumber == 1 ? this.i18n.firstWeekday() : stringUtilities_1.StringUtilities.format(this.i18n.weekdayNearestDayX0(), dayNumber.toString());
                          description = stringUtilities_1.StringUtilities.format(this.i18n.commaOnTheX0OfTheMonth(), dayString);
                          break;
                        } else {
                          var lastDayOffSetMatches = expression.match(/L-(\d{1,2})/);
                          if (lastDayOffSetMatches) {
                            var offSetDays = lastDayOffSetMatches[1];
                            description = stringUtilities_1.StringUtilities.format(this.i18n.commaDaysBeforeTheLastDayOfTheMonth(offSetDays), offSetDays);
                            break;
                          } else if (expression == "*" && this.expressionParts[5] != "*") {
                            return "";
                          } else {
                            description = this.getSegmentDescription(expression, this.i18n.commaEveryDay(), function(s) {
                              return s == "L" ? _this.i18n.lastDay() : _this.i18n.dayX0 ? stringUtilities_1.StringUtilities.format(_this.i18n.dayX0(), s) : s;
                            }, function(s) {
                              return s == "1" ? _this.i18n.commaEveryDay() : _this.i18n.commaEveryX0Days(s);
                            }, function(s) {
                              return _this.i18n.commaBetweenDayX0AndX1OfTheMonth(s);
                            }, function(s) {
                              return _this.i18n.commaOnDayX0OfTheMonth(s);
                            });
                          }
                          break;
                        }
                    }
                    return description;
                  };
                  ExpressionDescriptor2.prototype.getYearDescription = function() {
                    var _this = this;
                    var description = this.getSegmentDescription(this.expressionParts[6], "", function(s) {
                      return /^\d+$/.test(s) ? new Date(parseInt(s), 1).getFullYear().toString() : s;
                    }, function(s) {
                      return stringUtilities_1.StringUtilities.format(_this.i18n.commaEveryX0Years(s), s);
                    }, function(s) {
                      return _this.i18n.commaYearX0ThroughYearX1() || _this.i18n.commaX0ThroughX1();
                    }, function(s) {
                      return _this.i18n.commaOnlyInYearX0 ? _this.i18n.commaOnlyInYearX0() : _this.i18n.commaOnlyInX0();
                    });
                    return description;
                  };
                  ExpressionDescriptor2.prototype.getSegmentDescription = function(expression, allDescription, getSingleItemDescription, getIncrementDescriptionFormat, getRangeDescriptionFormat, getDescriptionFormat) {
                    var description = null;
                    var doesExpressionContainIncrement = expression.indexOf("/") > -1;
                    var doesExpressionContainRange = expression.indexOf("-") > -1;
                    var doesExpressionContainMultipleValues = expression.indexOf(",") > -1;
                    if (!expression) {
                      description = "";
                    } else if (expression === "*") {
                      description = allDescription;
                    } else if (!doesExpressionContainIncrement && !doesExpressionContainRange && !doesExpressionContainMultipleValues) {
                      description = stringUtilities_1.StringUtilities.format(getDescriptionFormat(expression), getSingleItemDescription(expression));
                    } else if (doesExpressionContainMultipleValues) {
                      var segments = expression.split(",");
                      var descriptionContent = "";
                      for (var i = 0; i < segments.length; i++) {
                        if (i > 0 && segments.length > 2) {
                          descriptionContent += ",";
                          if (i < segments.length - 1) {
                            descriptionContent += " ";
                          }
                        }
                        if (i > 0 && segments.length > 1 && (i == segments.length - 1 || segments.length == 2)) {
                          descriptionContent += "".concat(this.i18n.spaceAnd(), " ");
                        }
                        if (segments[i].indexOf("/") > -1 || segments[i].indexOf("-") > -1) {
                          var isSegmentRangeWithoutIncrement = segments[i].indexOf("-") > -1 && segments[i].indexOf("/") == -1;
                          var currentDescriptionContent = this.getSegmentDescription(segments[i], allDescription, getSingleItemDescription, getIncrementDescriptionFormat, isSegmentRangeWithoutIncrement ? this.i18n.commaX0ThroughX1 : getRangeDescriptionFormat, getDescriptionFormat);
                          if (isSegmentRangeWithoutIncrement) {
                            currentDescriptionContent = currentDescriptionContent.replace(", ", "");
                          }
                          descriptionContent += currentDescriptionContent;
                        } else if (!doesExpressionContainIncrement) {
                          descriptionContent += getSingleItemDescription(segments[i]);
                        } else {
                          descriptionContent += this.getSegmentDescription(segments[i], allDescription, getSingleItemDescription, getIncrementDescriptionFormat, getRangeDescriptionFormat, getDescriptionFormat);
                        }
                      }
                      if (!doesExpressionContainIncrement) {
                        description = stringUtilities_1.StringUtilities.format(getDescriptionFormat(expression), descriptionContent);
                      } else {
                        description = descriptionContent;
                      }
                    } else if (doesExpressionContainIncrement) {
                      var segments = expression.split("/");
                      description = stringUtilities_1.StringUtilities.format(getIncrementDescriptionFormat(segments[1]), segments[1]);
                      if (segments[0].indexOf("-") > -1) {
                        var rangeSegmentDescription = this.generateRangeSegmentDescription(segments[0], getRangeDescriptionFormat, getSingleItemDescription);
                        if (rangeSegmentDescription.indexOf(", ") != 0) {
                          description += ", ";
                        }
                        description += rangeSegmentDescription;
                      } else if (segments[0].indexOf("*") == -1) {
                        var rangeItemDescription = stringUtilities_1.StringUtilities.format(getDescriptionFormat(segments[0]), getSingleItemDescription(segments[0]));
                        rangeItemDescription = rangeItemDescription.replace(", ", "");
                        description += stringUtilities_1.StringUtilities.format(this.i18n.commaStartingX0(), rangeItemDescription);
                      }
                    } else if (doesExpressionContainRange) {
                      description = this.generateRangeSegmentDescription(expression, getRangeDescriptionFormat, getSingleItemDescription);
                    }
                    return description;
                  };
                  ExpressionDescriptor2.prototype.generateRangeSegmentDescription = function(rangeExpression, getRangeDescriptionFormat, getSingleItemDescription) {
                    var description = "";
                    var rangeSegments = rangeExpression.split("-");
                    var rangeSegment1Description = getSingleItemDescription(rangeSegments[0], 1);
                    var rangeSegment2Description = getSingleItemDescription(rangeSegments[1], 2);
                    var rangeDescriptionFormat = getRangeDescriptionFormat(rangeExpression);
                    description += stringUtilities_1.StringUtilities.format(rangeDescriptionFormat, rangeSegment1Description, rangeSegment2Description);
                    return description;
                  };
                  ExpressionDescriptor2.prototype.formatTime = function(hourExpression, minuteExpression, secondExpression) {
                    var hourOffset = 0;
                    var minuteOffset = 0;
                    var hour = parseInt(hourExpression) + hourOffset;
                    var minute = parseInt(minuteExpression) + minuteOffset;
                    if (minute >= 60) {
                      minute -= 60;
                      hour += 1;
                    } else if (minute < 0) {
                      minute += 60;
                      hour -= 1;
                    }
                    if (hour >= 24) {
                      hour = hour - 24;
                    } else if (hour < 0) {
                      hour = 24 + hour;
                    }
                    var period = "";
                    var setPeriodBeforeTime = false;
                    if (!this.options.use24HourTimeFormat) {
                      setPeriodBeforeTime = !!(this.i18n.setPeriodBeforeTime && this.i18n.setPeriodBeforeTime());
                      period = setPeriodBeforeTime ? "".concat(this.getPeriod(hour), " ") : " ".concat(this.getPeriod(hour));
                      if (hour > 12) {
                        hour -= 12;
                      }
                      if (hour === 0) {
                        hour = 12;
                      }
                    }
                    var second = "";
                    if (secondExpression) {
                      second = ":".concat(("00" + secondExpression).substring(secondExpression.length));
                    }
                    return "".concat(setPeriodBeforeTime ? period : "").concat(("00" + hour.toString()).substring(hour.toString().length), ":").concat(("00" + minute.toString()).substring(minute.toString().length)).concat(second).concat(!setPeriodBeforeTime ? period : "");
                  };
                  ExpressionDescriptor2.prototype.transformVerbosity = function(description, useVerboseFormat) {
                    if (!useVerboseFormat) {
                      description = description.replace(new RegExp(", ".concat(this.i18n.everyMinute()), "g"), "");
                      description = description.replace(new RegExp(", ".concat(this.i18n.everyHour()), "g"), "");
                      description = description.replace(new RegExp(this.i18n.commaEveryDay(), "g"), "");
                      description = description.replace(/\, ?$/, "");
                      if (this.i18n.conciseVerbosityReplacements) {
                        for (var _i = 0, _a = Object.entries(this.i18n.conciseVerbosityReplacements()); _i < _a.length; _i++) {
                          var _b = _a[_i], key = _b[0], value = _b[1];
                          description = description.replace(new RegExp(key, "g"), value);
                        }
                      }
                    }
                    return description;
                  };
                  ExpressionDescriptor2.prototype.getPeriod = function(hour) {
                    return hour >= 12 ? this.i18n.pm && this.i18n.pm() || "PM" : this.i18n.am && this.i18n.am() || "AM";
                  };
                  ExpressionDescriptor2.locales = {};
                  return ExpressionDescriptor2;
                })();
                exports2.ExpressionDescriptor = ExpressionDescriptor;
              })
            ),
            /***/
            747: (
              /***/
              ((__unused_webpack_module, exports2, __webpack_require__2) => {
                Object.defineProperty(exports2, "__esModule", { value: true });
                exports2.enLocaleLoader = void 0;
                var en_1 = __webpack_require__2(486);
                var enLocaleLoader = (function() {
                  function enLocaleLoader2() {
                  }
                  enLocaleLoader2.prototype.load = function(availableLocales) {
                    availableLocales["en"] = new en_1.en();
                  };
                  return enLocaleLoader2;
                })();
                exports2.enLocaleLoader = enLocaleLoader;
              })
            ),
            /***/
            486: (
              /***/
              ((__unused_webpack_module, exports2) => {
                Object.defineProperty(exports2, "__esModule", { value: true });
                exports2.en = void 0;
                var en = (function() {
                  function en2() {
                  }
                  en2.prototype.atX0SecondsPastTheMinuteGt20 = function() {
                    return null;
                  };
                  en2.prototype.atX0MinutesPastTheHourGt20 = function() {
                    return null;
                  };
                  en2.prototype.commaMonthX0ThroughMonthX1 = function() {
                    return null;
                  };
                  en2.prototype.commaYearX0ThroughYearX1 = function() {
                    return null;
                  };
                  en2.prototype.use24HourTimeFormatByDefault = function() {
                    return false;
                  };
                  en2.prototype.anErrorOccuredWhenGeneratingTheExpressionD = function() {
                    return "An error occurred when generating the expression description. Check the cron expression syntax.";
                  };
                  en2.prototype.everyMinute = function() {
                    return "every minute";
                  };
                  en2.prototype.everyHour = function() {
                    return "every hour";
                  };
                  en2.prototype.atSpace = function() {
                    return "At ";
                  };
                  en2.prototype.everyMinuteBetweenX0AndX1 = function() {
                    return "Every minute between %s and %s";
                  };
                  en2.prototype.at = function() {
                    return "At";
                  };
                  en2.prototype.spaceAnd = function() {
                    return " and";
                  };
                  en2.prototype.everySecond = function() {
                    return "every second";
                  };
                  en2.prototype.everyX0Seconds = function() {
                    return "every %s seconds";
                  };
                  en2.prototype.secondsX0ThroughX1PastTheMinute = function() {
                    return "seconds %s through %s past the minute";
                  };
                  en2.prototype.atX0SecondsPastTheMinute = function() {
                    return "at %s seconds past the minute";
                  };
                  en2.prototype.everyX0Minutes = function() {
                    return "every %s minutes";
                  };
                  en2.prototype.minutesX0ThroughX1PastTheHour = function() {
                    return "minutes %s through %s past the hour";
                  };
                  en2.prototype.atX0MinutesPastTheHour = function() {
                    return "at %s minutes past the hour";
                  };
                  en2.prototype.everyX0Hours = function() {
                    return "every %s hours";
                  };
                  en2.prototype.betweenX0AndX1 = function() {
                    return "between %s and %s";
                  };
                  en2.prototype.atX0 = function() {
                    return "at %s";
                  };
                  en2.prototype.commaEveryDay = function() {
                    return ", every day";
                  };
                  en2.prototype.commaEveryX0DaysOfTheWeek = function() {
                    return ", every %s days of the week";
                  };
                  en2.prototype.commaX0ThroughX1 = function() {
                    return ", %s through %s";
                  };
                  en2.prototype.commaAndX0ThroughX1 = function() {
                    return ", %s through %s";
                  };
                  en2.prototype.first = function() {
                    return "first";
                  };
                  en2.prototype.second = function() {
                    return "second";
                  };
                  en2.prototype.third = function() {
                    return "third";
                  };
                  en2.prototype.fourth = function() {
                    return "fourth";
                  };
                  en2.prototype.fifth = function() {
                    return "fifth";
                  };
                  en2.prototype.commaOnThe = function() {
                    return ", on the ";
                  };
                  en2.prototype.spaceX0OfTheMonth = function() {
                    return " %s of the month";
                  };
                  en2.prototype.lastDay = function() {
                    return "the last day";
                  };
                  en2.prototype.commaOnTheLastX0OfTheMonth = function() {
                    return ", on the last %s of the month";
                  };
                  en2.prototype.commaOnlyOnX0 = function() {
                    return ", only on %s";
                  };
                  en2.prototype.commaAndOnX0 = function() {
                    return ", and on %s";
                  };
                  en2.prototype.commaEveryX0Months = function() {
                    return ", every %s months";
                  };
                  en2.prototype.commaOnlyInX0 = function() {
                    return ", only in %s";
                  };
                  en2.prototype.commaOnTheLastDayOfTheMonth = function() {
                    return ", on the last day of the month";
                  };
                  en2.prototype.commaOnTheLastWeekdayOfTheMonth = function() {
                    return ", on the last weekday of the month";
                  };
                  en2.prototype.commaDaysBeforeTheLastDayOfTheMonth = function() {
                    return ", %s days before the last day of the month";
                  };
                  en2.prototype.firstWeekday = function() {
                    return "first weekday";
                  };
                  en2.prototype.weekdayNearestDayX0 = function() {
                    return "weekday nearest day %s";
                  };
                  en2.prototype.commaOnTheX0OfTheMonth = function() {
                    return ", on the %s of the month";
                  };
                  en2.prototype.commaEveryX0Days = function() {
                    return ", every %s days";
                  };
                  en2.prototype.commaBetweenDayX0AndX1OfTheMonth = function() {
                    return ", between day %s and %s of the month";
                  };
                  en2.prototype.commaOnDayX0OfTheMonth = function() {
                    return ", on day %s of the month";
                  };
                  en2.prototype.commaEveryHour = function() {
                    return ", every hour";
                  };
                  en2.prototype.commaEveryX0Years = function() {
                    return ", every %s years";
                  };
                  en2.prototype.commaStartingX0 = function() {
                    return ", starting %s";
                  };
                  en2.prototype.daysOfTheWeek = function() {
                    return ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
                  };
                  en2.prototype.monthsOfTheYear = function() {
                    return [
                      "January",
                      "February",
                      "March",
                      "April",
                      "May",
                      "June",
                      "July",
                      "August",
                      "September",
                      "October",
                      "November",
                      "December"
                    ];
                  };
                  en2.prototype.atReboot = function() {
                    return "Run once, at startup";
                  };
                  return en2;
                })();
                exports2.en = en;
              })
            ),
            /***/
            515: (
              /***/
              ((__unused_webpack_module, exports2) => {
                Object.defineProperty(exports2, "__esModule", { value: true });
                function assert(value, message) {
                  if (!value) {
                    throw new Error(message);
                  }
                }
                var RangeValidator = (function() {
                  function RangeValidator2() {
                  }
                  RangeValidator2.secondRange = function(parse3) {
                    var parsed2 = parse3.split(",");
                    for (var i = 0; i < parsed2.length; i++) {
                      if (!isNaN(parseInt(parsed2[i], 10))) {
                        var second = parseInt(parsed2[i], 10);
                        assert(second >= 0 && second <= 59, "seconds part must be >= 0 and <= 59");
                      }
                    }
                  };
                  RangeValidator2.minuteRange = function(parse3) {
                    var parsed2 = parse3.split(",");
                    for (var i = 0; i < parsed2.length; i++) {
                      if (!isNaN(parseInt(parsed2[i], 10))) {
                        var minute = parseInt(parsed2[i], 10);
                        assert(minute >= 0 && minute <= 59, "minutes part must be >= 0 and <= 59");
                      }
                    }
                  };
                  RangeValidator2.hourRange = function(parse3) {
                    var parsed2 = parse3.split(",");
                    for (var i = 0; i < parsed2.length; i++) {
                      if (!isNaN(parseInt(parsed2[i], 10))) {
                        var hour = parseInt(parsed2[i], 10);
                        assert(hour >= 0 && hour <= 23, "hours part must be >= 0 and <= 23");
                      }
                    }
                  };
                  RangeValidator2.dayOfMonthRange = function(parse3) {
                    var parsed2 = parse3.split(",");
                    for (var i = 0; i < parsed2.length; i++) {
                      if (!isNaN(parseInt(parsed2[i], 10))) {
                        var dayOfMonth = parseInt(parsed2[i], 10);
                        assert(dayOfMonth >= 1 && dayOfMonth <= 31, "DOM part must be >= 1 and <= 31");
                      }
                    }
                  };
                  RangeValidator2.monthRange = function(parse3, monthStartIndexZero) {
                    var parsed2 = parse3.split(",");
                    for (var i = 0; i < parsed2.length; i++) {
                      if (!isNaN(parseInt(parsed2[i], 10))) {
                        var month = parseInt(parsed2[i], 10);
                        assert(month >= 1 && month <= 12, monthStartIndexZero ? "month part must be >= 0 and <= 11" : "month part must be >= 1 and <= 12");
                      }
                    }
                  };
                  RangeValidator2.dayOfWeekRange = function(parse3, dayOfWeekStartIndexZero) {
                    var parsed2 = parse3.split(",");
                    for (var i = 0; i < parsed2.length; i++) {
                      if (!isNaN(parseInt(parsed2[i], 10))) {
                        var dayOfWeek = parseInt(parsed2[i], 10);
                        assert(dayOfWeek >= 0 && dayOfWeek <= 6, dayOfWeekStartIndexZero ? "DOW part must be >= 0 and <= 6" : "DOW part must be >= 1 and <= 7");
                      }
                    }
                  };
                  return RangeValidator2;
                })();
                exports2["default"] = RangeValidator;
              })
            ),
            /***/
            823: (
              /***/
              ((__unused_webpack_module, exports2) => {
                Object.defineProperty(exports2, "__esModule", { value: true });
                exports2.StringUtilities = void 0;
                var StringUtilities = (function() {
                  function StringUtilities2() {
                  }
                  StringUtilities2.format = function(template) {
                    var values = [];
                    for (var _i = 1; _i < arguments.length; _i++) {
                      values[_i - 1] = arguments[_i];
                    }
                    return template.replace(/%s/g, function(substring) {
                      var args = [];
                      for (var _i2 = 1; _i2 < arguments.length; _i2++) {
                        args[_i2 - 1] = arguments[_i2];
                      }
                      return values.shift();
                    });
                  };
                  StringUtilities2.containsAny = function(text2, searchStrings) {
                    return searchStrings.some(function(c) {
                      return text2.indexOf(c) > -1;
                    });
                  };
                  return StringUtilities2;
                })();
                exports2.StringUtilities = StringUtilities;
              })
            )
            /******/
          };
          var __webpack_module_cache__ = {};
          function __webpack_require__(moduleId) {
            var cachedModule = __webpack_module_cache__[moduleId];
            if (cachedModule !== void 0) {
              return cachedModule.exports;
            }
            var module2 = __webpack_module_cache__[moduleId] = {
              /******/
              // no module.id needed
              /******/
              // no module.loaded needed
              /******/
              exports: {}
              /******/
            };
            __webpack_modules__[moduleId](module2, module2.exports, __webpack_require__);
            return module2.exports;
          }
          var __webpack_exports__ = {};
          (() => {
            var exports2 = __webpack_exports__;
            Object.defineProperty(exports2, "__esModule", { value: true });
            exports2.toString = void 0;
            var expressionDescriptor_1 = __webpack_require__(333);
            var enLocaleLoader_1 = __webpack_require__(747);
            expressionDescriptor_1.ExpressionDescriptor.initialize(new enLocaleLoader_1.enLocaleLoader());
            exports2["default"] = expressionDescriptor_1.ExpressionDescriptor;
            var toString = expressionDescriptor_1.ExpressionDescriptor.toString;
            exports2.toString = toString;
          })();
          return __webpack_exports__;
        })()
      );
    });
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js
var require_dynamicAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicAnchor = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicAnchor",
      schemaType: "string",
      code: (cxt) => dynamicAnchor(cxt, cxt.schema)
    };
    function dynamicAnchor(cxt, anchor) {
      const { gen, it } = cxt;
      it.schemaEnv.root.dynamicAnchors[anchor] = true;
      const v = (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`;
      const validate = it.errSchemaPath === "#" ? it.validateName : _getValidate(cxt);
      gen.if((0, codegen_1._)`!${v}`, () => gen.assign(v, validate));
    }
    exports.dynamicAnchor = dynamicAnchor;
    function _getValidate(cxt) {
      const { schemaEnv, schema: schema3, self } = cxt.it;
      const { root, baseId, localRefs, meta } = schemaEnv.root;
      const { schemaId } = self.opts;
      const sch = new compile_1.SchemaEnv({ schema: schema3, schemaId, root, baseId, localRefs, meta });
      compile_1.compileSchema.call(self, sch);
      return (0, ref_1.getValidate)(cxt, sch);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js
var require_dynamicRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicRef = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicRef",
      schemaType: "string",
      code: (cxt) => dynamicRef(cxt, cxt.schema)
    };
    function dynamicRef(cxt, ref) {
      const { gen, keyword, it } = cxt;
      if (ref[0] !== "#")
        throw new Error(`"${keyword}" only supports hash fragment reference`);
      const anchor = ref.slice(1);
      if (it.allErrors) {
        _dynamicRef();
      } else {
        const valid = gen.let("valid", false);
        _dynamicRef(valid);
        cxt.ok(valid);
      }
      function _dynamicRef(valid) {
        if (it.schemaEnv.root.dynamicAnchors[anchor]) {
          const v = gen.let("_v", (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`);
          gen.if(v, _callRef(v, valid), _callRef(it.validateName, valid));
        } else {
          _callRef(it.validateName, valid)();
        }
      }
      function _callRef(validate, valid) {
        return valid ? () => gen.block(() => {
          (0, ref_1.callRef)(cxt, validate);
          gen.let(valid, true);
        }) : () => (0, ref_1.callRef)(cxt, validate);
      }
    }
    exports.dynamicRef = dynamicRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js
var require_recursiveAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var util_1 = require_util();
    var def = {
      keyword: "$recursiveAnchor",
      schemaType: "boolean",
      code(cxt) {
        if (cxt.schema)
          (0, dynamicAnchor_1.dynamicAnchor)(cxt, "");
        else
          (0, util_1.checkStrictMode)(cxt.it, "$recursiveAnchor: false is ignored");
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js
var require_recursiveRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicRef_1 = require_dynamicRef();
    var def = {
      keyword: "$recursiveRef",
      schemaType: "string",
      code: (cxt) => (0, dynamicRef_1.dynamicRef)(cxt, cxt.schema)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/index.js
var require_dynamic = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var dynamicRef_1 = require_dynamicRef();
    var recursiveAnchor_1 = require_recursiveAnchor();
    var recursiveRef_1 = require_recursiveRef();
    var dynamic = [dynamicAnchor_1.default, dynamicRef_1.default, recursiveAnchor_1.default, recursiveRef_1.default];
    exports.default = dynamic;
  }
});

// node_modules/ajv/dist/vocabularies/validation/dependentRequired.js
var require_dependentRequired = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/dependentRequired.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentRequired",
      type: "object",
      schemaType: "object",
      error: dependencies_1.error,
      code: (cxt) => (0, dependencies_1.validatePropertyDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js
var require_dependentSchemas = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentSchemas",
      type: "object",
      schemaType: "object",
      code: (cxt) => (0, dependencies_1.validateSchemaDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitContains.js
var require_limitContains = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitContains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["maxContains", "minContains"],
      type: "array",
      schemaType: "number",
      code({ keyword, parentSchema, it }) {
        if (parentSchema.contains === void 0) {
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "contains" is ignored`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/next.js
var require_next = __commonJS({
  "node_modules/ajv/dist/vocabularies/next.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependentRequired_1 = require_dependentRequired();
    var dependentSchemas_1 = require_dependentSchemas();
    var limitContains_1 = require_limitContains();
    var next = [dependentRequired_1.default, dependentSchemas_1.default, limitContains_1.default];
    exports.default = next;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js
var require_unevaluatedProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var error = {
      message: "must NOT have unevaluated properties",
      params: ({ params }) => (0, codegen_1._)`{unevaluatedProperty: ${params.unevaluatedProperty}}`
    };
    var def = {
      keyword: "unevaluatedProperties",
      type: "object",
      schemaType: ["boolean", "object"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema: schema3, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, props } = it;
        if (props instanceof codegen_1.Name) {
          gen.if((0, codegen_1._)`${props} !== true`, () => gen.forIn("key", data, (key) => gen.if(unevaluatedDynamic(props, key), () => unevaluatedPropCode(key))));
        } else if (props !== true) {
          gen.forIn("key", data, (key) => props === void 0 ? unevaluatedPropCode(key) : gen.if(unevaluatedStatic(props, key), () => unevaluatedPropCode(key)));
        }
        it.props = true;
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function unevaluatedPropCode(key) {
          if (schema3 === false) {
            cxt.setParams({ unevaluatedProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (!(0, util_1.alwaysValidSchema)(it, schema3)) {
            const valid = gen.name("valid");
            cxt.subschema({
              keyword: "unevaluatedProperties",
              dataProp: key,
              dataPropType: util_1.Type.Str
            }, valid);
            if (!allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          }
        }
        function unevaluatedDynamic(evaluatedProps, key) {
          return (0, codegen_1._)`!${evaluatedProps} || !${evaluatedProps}[${key}]`;
        }
        function unevaluatedStatic(evaluatedProps, key) {
          const ps = [];
          for (const p in evaluatedProps) {
            if (evaluatedProps[p] === true)
              ps.push((0, codegen_1._)`${key} !== ${p}`);
          }
          return (0, codegen_1.and)(...ps);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js
var require_unevaluatedItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "unevaluatedItems",
      type: "array",
      schemaType: ["boolean", "object"],
      error,
      code(cxt) {
        const { gen, schema: schema3, data, it } = cxt;
        const items = it.items || 0;
        if (items === true)
          return;
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        if (schema3 === false) {
          cxt.setParams({ len: items });
          cxt.fail((0, codegen_1._)`${len} > ${items}`);
        } else if (typeof schema3 == "object" && !(0, util_1.alwaysValidSchema)(it, schema3)) {
          const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items}`);
          gen.if((0, codegen_1.not)(valid), () => validateItems(valid, items));
          cxt.ok(valid);
        }
        it.items = true;
        function validateItems(valid, from) {
          gen.forRange("i", from, len, (i) => {
            cxt.subschema({ keyword: "unevaluatedItems", dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/index.js
var require_unevaluated = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var unevaluatedProperties_1 = require_unevaluatedProperties();
    var unevaluatedItems_1 = require_unevaluatedItems();
    var unevaluated = [unevaluatedProperties_1.default, unevaluatedItems_1.default];
    exports.default = unevaluated;
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/schema.json
var require_schema = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/schema.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/schema",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/core": true,
        "https://json-schema.org/draft/2019-09/vocab/applicator": true,
        "https://json-schema.org/draft/2019-09/vocab/validation": true,
        "https://json-schema.org/draft/2019-09/vocab/meta-data": true,
        "https://json-schema.org/draft/2019-09/vocab/format": false,
        "https://json-schema.org/draft/2019-09/vocab/content": true
      },
      $recursiveAnchor: true,
      title: "Core and Validation specifications meta-schema",
      allOf: [
        { $ref: "meta/core" },
        { $ref: "meta/applicator" },
        { $ref: "meta/validation" },
        { $ref: "meta/meta-data" },
        { $ref: "meta/format" },
        { $ref: "meta/content" }
      ],
      type: ["object", "boolean"],
      properties: {
        definitions: {
          $comment: "While no longer an official keyword as it is replaced by $defs, this keyword is retained in the meta-schema to prevent incompatible extensions as it remains in common use.",
          type: "object",
          additionalProperties: { $recursiveRef: "#" },
          default: {}
        },
        dependencies: {
          $comment: '"dependencies" is no longer a keyword, but schema authors should avoid redefining it to facilitate a smooth transition to "dependentSchemas" and "dependentRequired"',
          type: "object",
          additionalProperties: {
            anyOf: [{ $recursiveRef: "#" }, { $ref: "meta/validation#/$defs/stringArray" }]
          }
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/applicator.json
var require_applicator = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/applicator.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/applicator",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/applicator": true
      },
      $recursiveAnchor: true,
      title: "Applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        additionalItems: { $recursiveRef: "#" },
        unevaluatedItems: { $recursiveRef: "#" },
        items: {
          anyOf: [{ $recursiveRef: "#" }, { $ref: "#/$defs/schemaArray" }]
        },
        contains: { $recursiveRef: "#" },
        additionalProperties: { $recursiveRef: "#" },
        unevaluatedProperties: { $recursiveRef: "#" },
        properties: {
          type: "object",
          additionalProperties: { $recursiveRef: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $recursiveRef: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependentSchemas: {
          type: "object",
          additionalProperties: {
            $recursiveRef: "#"
          }
        },
        propertyNames: { $recursiveRef: "#" },
        if: { $recursiveRef: "#" },
        then: { $recursiveRef: "#" },
        else: { $recursiveRef: "#" },
        allOf: { $ref: "#/$defs/schemaArray" },
        anyOf: { $ref: "#/$defs/schemaArray" },
        oneOf: { $ref: "#/$defs/schemaArray" },
        not: { $recursiveRef: "#" }
      },
      $defs: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $recursiveRef: "#" }
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/content.json
var require_content = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/content.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/content",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/content": true
      },
      $recursiveAnchor: true,
      title: "Content vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        contentSchema: { $recursiveRef: "#" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/core.json
var require_core2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/core.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/core",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/core": true
      },
      $recursiveAnchor: true,
      title: "Core vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference",
          $comment: "Non-empty fragments not allowed.",
          pattern: "^[^#]*#?$"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $anchor: {
          type: "string",
          pattern: "^[A-Za-z][-A-Za-z0-9.:_]*$"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $recursiveRef: {
          type: "string",
          format: "uri-reference"
        },
        $recursiveAnchor: {
          type: "boolean",
          default: false
        },
        $vocabulary: {
          type: "object",
          propertyNames: {
            type: "string",
            format: "uri"
          },
          additionalProperties: {
            type: "boolean"
          }
        },
        $comment: {
          type: "string"
        },
        $defs: {
          type: "object",
          additionalProperties: { $recursiveRef: "#" },
          default: {}
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/format.json
var require_format = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/format.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/format",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/format": true
      },
      $recursiveAnchor: true,
      title: "Format vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        format: { type: "string" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/meta-data.json
var require_meta_data = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/meta-data.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/meta-data",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/meta-data": true
      },
      $recursiveAnchor: true,
      title: "Meta-data vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        deprecated: {
          type: "boolean",
          default: false
        },
        readOnly: {
          type: "boolean",
          default: false
        },
        writeOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/validation.json
var require_validation = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/validation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/validation",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/validation": true
      },
      $recursiveAnchor: true,
      title: "Validation vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/$defs/nonNegativeInteger" },
        minLength: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        maxItems: { $ref: "#/$defs/nonNegativeInteger" },
        minItems: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        maxContains: { $ref: "#/$defs/nonNegativeInteger" },
        minContains: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 1
        },
        maxProperties: { $ref: "#/$defs/nonNegativeInteger" },
        minProperties: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        required: { $ref: "#/$defs/stringArray" },
        dependentRequired: {
          type: "object",
          additionalProperties: {
            $ref: "#/$defs/stringArray"
          }
        },
        const: true,
        enum: {
          type: "array",
          items: true
        },
        type: {
          anyOf: [
            { $ref: "#/$defs/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/$defs/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        }
      },
      $defs: {
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 0
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/index.js
var require_json_schema_2019_09 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var metaSchema = require_schema();
    var applicator = require_applicator();
    var content = require_content();
    var core = require_core2();
    var format2 = require_format();
    var metadata = require_meta_data();
    var validation = require_validation();
    var META_SUPPORT_DATA = ["/properties"];
    function addMetaSchema2019($data) {
      ;
      [
        metaSchema,
        applicator,
        content,
        core,
        with$data(this, format2),
        metadata,
        with$data(this, validation)
      ].forEach((sch) => this.addMetaSchema(sch, void 0, false));
      return this;
      function with$data(ajv, sch) {
        return $data ? ajv.$dataMetaSchema(sch, META_SUPPORT_DATA) : sch;
      }
    }
    exports.default = addMetaSchema2019;
  }
});

// node_modules/ajv/dist/2019.js
var require__ = __commonJS({
  "node_modules/ajv/dist/2019.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv2019 = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var dynamic_1 = require_dynamic();
    var next_1 = require_next();
    var unevaluated_1 = require_unevaluated();
    var discriminator_1 = require_discriminator();
    var json_schema_2019_09_1 = require_json_schema_2019_09();
    var META_SCHEMA_ID = "https://json-schema.org/draft/2019-09/schema";
    var Ajv20192 = class extends core_1.default {
      constructor(opts = {}) {
        super({
          ...opts,
          dynamicRef: true,
          next: true,
          unevaluated: true
        });
      }
      _addVocabularies() {
        super._addVocabularies();
        this.addVocabulary(dynamic_1.default);
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        this.addVocabulary(next_1.default);
        this.addVocabulary(unevaluated_1.default);
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        const { $data, meta } = this.opts;
        if (!meta)
          return;
        json_schema_2019_09_1.default.call(this, $data);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv2019 = Ajv20192;
    module.exports = exports = Ajv20192;
    module.exports.Ajv2019 = Ajv20192;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv20192;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// src/cli/main.ts
import { readFileSync as readFileSync14 } from "node:fs";
import path28 from "node:path";

// src/cli/cmd-check.ts
import { existsSync as existsSync4, readFileSync as readFileSync4 } from "node:fs";
import path5 from "node:path";

// src/compile/emit.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/compile/pins.ts
var import_yaml = __toESM(require_dist(), 1);
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
var PINS_PATH = ".crustyclaw/pins.yml";
var SHA = /^[0-9a-f]{40}$/;
function actionRef(uses) {
  const at = uses.lastIndexOf("@");
  if (at < 0 || uses.startsWith("./") || uses.startsWith("docker://")) return void 0;
  const name = uses.slice(0, at);
  const ref = uses.slice(at + 1);
  let origin;
  let rest = name;
  const url = /^(https?:\/\/[^/]+)\/(.*)$/.exec(name);
  if (url) {
    origin = url[1];
    rest = url[2];
  }
  const [owner, repo] = rest.split("/");
  if (!owner || !repo || !ref) return void 0;
  return { key: `${origin ? `${origin}/` : ""}${owner}/${repo}@${ref}`, ...origin ? { origin } : {}, owner, repo, ref };
}
function readPins(root) {
  const abs = path.join(root, PINS_PATH);
  if (!existsSync(abs)) return { problems: [] };
  return parsePins(PINS_PATH, readFileSync(abs, "utf8"));
}
function parsePins(file, text2) {
  const { source, problems: problems2 } = parseYamlSource(file, text2);
  if (!source) return { problems: problems2 };
  const at = (p, preferKey = false) => positionOf(source, p, preferKey);
  const hint = "run `npx crustyclaw pin` to write the file anew";
  const data = source.data;
  const actions = data && typeof data === "object" && !Array.isArray(data) ? data.actions : void 0;
  const extra = data && typeof data === "object" && !Array.isArray(data) ? Object.keys(data).filter((k) => k !== "actions") : [];
  const out = [];
  for (const k of extra) out.push({ file, ...at([k], true), message: `unknown key '${k}'; the pin file has only 'actions'`, hint, code: "unknown-key" });
  if (actions === void 0 || actions === null || typeof actions !== "object" || Array.isArray(actions)) {
    out.push({ file, ...at(["actions"]), message: "'actions' must be a mapping of action references (owner/repo@ref) to commit SHAs", hint, code: "pins" });
    return { problems: out };
  }
  const pins = /* @__PURE__ */ new Map();
  for (const [key, sha] of Object.entries(actions)) {
    const ref = actionRef(key);
    if (!ref || ref.key !== key) {
      out.push({ file, ...at(["actions", key], true), message: `'${key}' is not an action reference`, hint: "keys are owner/repo@ref or https://host/owner/repo@ref", code: "pins" });
    } else if (typeof sha !== "string" || !SHA.test(sha)) {
      out.push({ file, ...at(["actions", key]), message: `'${key}' must map to a full 40-character commit SHA, not ${JSON.stringify(sha)}`, hint, code: "pins" });
    } else {
      pins.set(key, sha);
    }
  }
  return out.length > 0 ? { problems: out } : { pins, problems: [] };
}
function formatPins(pins) {
  const lines = [
    "# Written by `crustyclaw pin`: the commit each action reference the compiled workflows use",
    "# resolved to. `crustyclaw compile` emits these commits; `crustyclaw check` fails when an",
    "# emitted action is missing here. Run `crustyclaw pin` again to move to newer commits.",
    "actions:",
    ...[...pins].sort(([a], [b]) => a.localeCompare(b)).map(([key, sha]) => `  ${JSON.stringify(key)}: ${sha}`)
  ];
  return `${lines.join("\n")}
`;
}
function pinUses(doc, pins) {
  const uses = [];
  const unpinned = [];
  (0, import_yaml.visit)(doc, {
    Pair(_, pair, ancestors) {
      if (!(0, import_yaml.isScalar)(pair.key) || pair.key.value !== "uses" || !(0, import_yaml.isScalar)(pair.value) || typeof pair.value.value !== "string") return;
      const owner = ancestors.at(-3);
      if (!(0, import_yaml.isPair)(owner) || !(0, import_yaml.isScalar)(owner.key) || owner.key.value !== "steps") return;
      const value = pair.value.value;
      const ref = actionRef(value);
      if (!ref || SHA.test(ref.ref)) return;
      uses.push(value);
      const sha = pins?.get(ref.key);
      if (!sha) {
        if (!unpinned.includes(ref.key)) unpinned.push(ref.key);
        return;
      }
      const pinned = new import_yaml.Scalar(`${value.slice(0, value.lastIndexOf("@"))}@${sha}`);
      pinned.comment = ` ${ref.ref}`;
      pair.value = pinned;
    }
  });
  return { uses, unpinned };
}

// src/config/schema.ts
var labels = {
  description: "A runner label, or a list of labels the runner must all have.",
  oneOf: [
    { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" },
    {
      type: "array",
      minItems: 1,
      uniqueItems: true,
      items: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }
    }
  ]
};
var tierMap = {
  type: "object",
  additionalProperties: false,
  properties: { trusted: labels, internal: labels, untrusted: labels }
};
var FORGES = ["github", "ghes", "forgejo", "gitea"];
var MERGE_METHODS = ["squash", "merge"];
var FLAVOURS = ["github", "forgejo"];
function familyOf(forge) {
  return forge === "github" || forge === "ghes" ? "github" : "forgejo";
}
var configSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "CrustyClaw repository configuration",
  type: "object",
  additionalProperties: false,
  properties: {
    forges: {
      type: "array",
      minItems: 1,
      uniqueItems: true,
      items: { enum: FORGES },
      default: ["github"],
      description: "Forges to compile workflows for."
    },
    blueprints: {
      type: "string",
      pattern: "^[A-Za-z0-9._/-]+$",
      default: ".crustyclaw/blueprints",
      description: "Directory holding the repository's blueprints, relative to the repository root."
    },
    actions: {
      type: "object",
      additionalProperties: false,
      description: "Where the CrustyClaw actions are fetched from.",
      properties: {
        repository: {
          type: "string",
          pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$",
          default: "crustyclaw/crustyclaw",
          description: "owner/name of the CrustyClaw repository."
        },
        ref: {
          type: "string",
          pattern: "^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$",
          default: "v1",
          description: "Tag, branch or commit of the CrustyClaw actions. Pin a commit SHA for supply-chain safety."
        },
        "forgejo-url": {
          type: "string",
          pattern: "^(https://[A-Za-z0-9.-]+(:[0-9]+)?|http://(127\\.0\\.0\\.1|localhost)(:[0-9]+)?)$",
          default: "https://github.com",
          description: "Host the Forgejo workflows fetch the CrustyClaw actions from, as a full `uses:` URL (Forgejo resolves short names against its own default actions host, which does not mirror CrustyClaw). https, or http to a loopback host (a local forge)."
        }
      }
    },
    runners: {
      type: "object",
      additionalProperties: false,
      description: "Runner labels per trust tier. Top-level tiers apply to every forge; `github`, `ghes`, `forgejo` and `gitea` override per forge.",
      properties: {
        trusted: labels,
        internal: labels,
        untrusted: labels,
        github: tierMap,
        ghes: tierMap,
        forgejo: tierMap,
        gitea: tierMap
      }
    },
    authorize: {
      type: "object",
      additionalProperties: false,
      description: "Who may start agents besides collaborators with write access. On Forgejo, whose automatic token cannot read other users' permission, only these users can start runs unless the workflow is given a token that can.",
      properties: {
        users: { type: "array", uniqueItems: true, items: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._\\[\\]-]{0,99}$" }, default: [] },
        bots: { type: "array", uniqueItems: true, items: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._\\[\\]-]{0,99}$" }, default: [] }
      }
    },
    "pull-requests": {
      type: "object",
      additionalProperties: false,
      description: "How CrustyClaw opens pull requests.",
      properties: {
        reviewers: { type: "array", uniqueItems: true, items: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$" }, default: [] },
        labels: { type: "array", uniqueItems: true, items: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9 ._:/+-]{0,49}$" }, default: ["crustyclaw"] },
        "merge-method": {
          enum: MERGE_METHODS,
          default: "squash",
          description: "How blueprints with `review-policy: auto` merge their pull requests. `squash` (the default) lands one commit per run on the base branch, whatever rounds of CrustyClaw commits the pull request gathered; `merge` keeps them behind a merge commit. The repository must allow the method."
        }
      }
    },
    ci: {
      type: "object",
      additionalProperties: false,
      description: "How the repository's CI runs on CrustyClaw's pushes, which the job's automatic token makes and which therefore start no workflow on either forge (docs/forges.md: CI on CrustyClaw's pushes). Without one of these, failing checks never come back to a feedback round.",
      properties: {
        dispatch: {
          type: "array",
          uniqueItems: true,
          items: { type: "string", pattern: "^[A-Za-z0-9._-]{1,100}\\.ya?ml$" },
          default: [],
          description: "GitHub: workflow files (names in `.github/workflows`) the publish job starts with `workflow_dispatch` on the run's branch after each push, the one event the job token may start. Each must have a `workflow_dispatch` trigger. The publish job gets `actions: write` for it."
        },
        "push-token": {
          type: "string",
          pattern: "^[A-Z][A-Z0-9_]{0,99}$",
          description: "Name of a repository secret holding a token the publish job pushes the run's branch with (a GitHub App installation token or fine-grained PAT with contents: write; on Forgejo an access token with repository write). Pushes made with it start the repository's workflows as anyone's do. Comments, pull requests and merges still use the job token."
        }
      }
    },
    "mcp-servers": {
      ...mcpServersSchema,
      description: "MCP servers every blueprint's agent nodes may grant (through `agent.mcp`). A blueprint's `mcp-servers` entry of the same name replaces the one here."
    },
    secrets: {
      type: "object",
      additionalProperties: false,
      properties: {
        "model-api-key": {
          type: "string",
          pattern: "^[A-Z][A-Z0-9_]{0,99}$",
          default: "CRUSTYCLAW_MODEL_API_KEY",
          description: "Name of the repository secret holding the model provider's API key, given to agent jobs only."
        }
      }
    }
  },
  definitions: {
    "mcp-server": mcpServerSchema
  }
};

// src/compile/target.ts
var OUT_DIR = "${{ runner.temp }}/crustyclaw-out";
var IN_DIR = "${{ runner.temp }}/crustyclaw-in";
var WORKFLOW_DIRS = {
  github: [".github/workflows"],
  ghes: [".github/workflows"],
  forgejo: [".forgejo/workflows", ".gitea/workflows", ".github/workflows"],
  gitea: [".gitea/workflows", ".github/workflows"]
};
function workflowDirFor(forge, exists) {
  const dirs = WORKFLOW_DIRS[forge];
  return dirs.find(exists) ?? dirs[0];
}
function targetFor(forge, config, workflowDir = WORKFLOW_DIRS[forge][0]) {
  const { repository, ref, forgejoUrl } = config.actions;
  const runsOn = (tier) => {
    const labels2 = config.runners[forge][tier];
    return labels2.length === 1 ? labels2[0] : [...labels2];
  };
  const v3 = {
    upload: { uses: "actions/upload-artifact@v3", with: { "retention-days": 7 } },
    download: { uses: "actions/download-artifact@v3", with: {} },
    downloadPattern: false
  };
  if (familyOf(forge) === "github") {
    return {
      forge,
      workflowDir,
      supportsPermissions: true,
      action: (name) => `${repository}/actions/${name}@${ref}`,
      checkout: "actions/checkout@v4",
      ...forge === "github" ? {
        // v4 is the only artifact version github.com still accepts.
        upload: { uses: "actions/upload-artifact@v4", with: { "retention-days": 7, overwrite: true } },
        download: { uses: "actions/download-artifact@v4", with: { pattern: "crustyclaw-*" } },
        downloadPattern: true
      } : v3,
      runsOn
    };
  }
  return {
    forge,
    workflowDir,
    supportsPermissions: false,
    // Short names resolve against the instance's default actions host, which does not
    // mirror CrustyClaw: use a full URL.
    action: (name) => `${forgejoUrl}/${repository}/actions/${name}@${ref}`,
    checkout: "actions/checkout@v4",
    ...v3,
    runsOn
  };
}

// src/compile/workflow.ts
import path2 from "node:path";

// src/compile/triggers.ts
function literal(value) {
  if (/[\r\n]|\$\{\{|\}\}/.test(value)) throw new Error(`refusing to quote ${JSON.stringify(value)} into an expression`);
  return `'${value.replace(/'/g, "''")}'`;
}
function commandCondition(command) {
  const body = "github.event.comment.body";
  return [
    `startsWith(format('{0} ', ${body}), ${literal(`${command} `)})`,
    `startsWith(${body}, format('{0}{1}', ${literal(command)}, fromJSON('"\\n"')))`,
    `startsWith(${body}, format('{0}{1}', ${literal(command)}, fromJSON('"\\r"')))`
  ].join(" || ");
}
function feedsBack(blueprint) {
  return opensPullRequests(blueprint) && blueprint.triggers.command !== void 0 && blueprint.nodes.some((n) => n.stage === "feedback");
}
function concurrencyNumber(blueprint, forge) {
  const pull = familyOf(forge) === "github" && feedsBack(blueprint) ? `(github.event_name != 'pull_request_review_comment' || ${commandCondition(blueprint.triggers.command)}) && github.event.pull_request.number` : "github.event.pull_request.number";
  return `github.event.issue.number || ${pull} || github.event.workflow_run.pull_requests[0].number || github.run_id || github.run_number`;
}
function compileTriggers(blueprint, forge) {
  const t = blueprint.triggers;
  const on = {};
  const conditions = [];
  const warnings = [];
  const prs = opensPullRequests(blueprint);
  const adopts = adoptsPullRequests(blueprint);
  const ownBranch = `startsWith(github.event.pull_request.head.ref, ${literal(branchPrefix(blueprint))})`;
  if (t.issue) {
    on.issues = { types: [...t.issue.types] };
    const labelled = t.issue.labels.map((l) => `contains(github.event.issue.labels.*.name, ${literal(l)})`);
    const event = t.assignee ? "(github.event_name == 'issues' && github.event.action != 'assigned')" : "github.event_name == 'issues'";
    conditions.push(labelled.length ? `(${event} && (${labelled.join(" || ")}))` : event);
  }
  if (t.assignee) {
    on.issues = { types: [...on.issues?.types ?? [], "assigned"] };
    conditions.push(
      `(github.event_name == 'issues' && github.event.action == 'assigned' && contains(github.event.issue.assignees.*.login, ${literal(t.assignee)}))`
    );
  }
  const gated = prs || adopts || segmentsOf(blueprint).filter((s) => s.id !== "feedback").length > 1;
  const commands = [...t.command ? [t.command] : [], ...gated ? APPROVAL_COMMANDS : []];
  if (commands.length || t.mention) {
    on.issue_comment = { types: ["created"] };
    const starts = commands.map(commandCondition);
    if (t.mention) starts.push(`contains(github.event.comment.body, ${literal(`@${t.mention}`)})`);
    conditions.push(`(github.event_name == 'issue_comment' && (${starts.join(" || ")}))`);
  }
  if (t.review || prs) {
    on.pull_request_review = { types: ["submitted"] };
    conditions.push(t.review ? "github.event_name == 'pull_request_review'" : `(github.event_name == 'pull_request_review' && ${ownBranch})`);
  }
  if (feedsBack(blueprint)) {
    on.pull_request_review_comment = { types: ["created"] };
    conditions.push(
      familyOf(forge) === "github" ? `(github.event_name == 'pull_request_review_comment' && ${ownBranch} && (${commandCondition(t.command)}))` : `(github.event_name == 'pull_request_review_comment' && ${ownBranch})`
    );
  }
  if (prs || adopts) {
    on.pull_request = { types: ["closed"] };
    conditions.push(
      prs ? `(github.event_name == 'pull_request' && ${ownBranch})` : `(github.event_name == 'pull_request' && !startsWith(github.event.pull_request.head.ref, ${literal(RUN_BRANCHES)}))`
    );
  }
  if (t.ciFailure) {
    if (familyOf(forge) === "forgejo") {
      warnings.push("trigger 'ci-failure' is left out: Forgejo and Gitea have no workflow_run event; use 'command' to start a fix on a pull request");
    } else {
      on.workflow_run = { workflows: [...t.ciFailure.workflows], types: ["completed"] };
      const dispatched = adopts ? "github.event.workflow_run.event == 'workflow_dispatch'" : `startsWith(github.event.workflow_run.head_branch, ${literal(branchPrefix(blueprint))})`;
      conditions.push(
        `(github.event_name == 'workflow_run' && github.event.workflow_run.conclusion == 'failure' && github.event.workflow_run.head_repository.full_name == github.repository && (github.event.workflow_run.event == 'pull_request' || ${dispatched}))`
      );
    }
  }
  const forgejo = familyOf(forge) === "forgejo";
  const sweepCron = sweeps(blueprint) && !(forgejo && t.schedule) && !t.schedule?.includes(SWEEP_CRON);
  if (sweeps(blueprint) && forgejo && t.schedule) {
    warnings.push(`the review-timeout sweep runs with the blueprint's own schedule (${t.schedule.join(", ")}) on Forgejo, whose scheduled runs cannot tell their crons apart: runs waiting longer are escalated only then`);
  }
  const crons = [...t.schedule ?? [], ...sweepCron ? [SWEEP_CRON] : []];
  if (crons.length > 0) {
    for (const cron of crons) {
      const problem = cronProblem(cron);
      if (problem) throw new Error(`refusing to compile ${problem.message}: ${problem.hint}`);
    }
    on.schedule = crons.map((cron) => ({ cron }));
    conditions.push("github.event_name == 'schedule'");
  }
  if (t.dispatch) {
    on.workflow_dispatch = {
      inputs: {
        issue: { description: "Issue or pull request number to work on (optional)", required: false, type: "string" }
      }
    };
    conditions.push("github.event_name == 'workflow_dispatch'");
  }
  return { on, routeIf: conditions.join(" || "), warnings };
}

// src/compile/workflow.ts
var MAX_JOB_MINUTES = 360;
var SETUP_MINUTES = 5;
var ROUTE_MINUTES = 10;
var PUBLISH_MINUTES = 15;
function buildWorkflow(input) {
  const { blueprint, target } = input;
  const triggers = compileTriggers(blueprint, target.forge);
  if (Object.keys(triggers.on).length === 0) {
    throw new CompileError(`blueprint '${blueprint.name}' has no trigger that ${target.forge} supports`);
  }
  const segments = segmentsOf(blueprint);
  const jobs = { route: routeJob(input, triggers.routeIf) };
  let mainPathJobs = 1;
  segments.forEach((segment, i) => {
    const work = fuseNodes(segment);
    const ancestors = ancestry(work);
    for (const job of work) jobs[job.id] = workJob(input, segment, job, [...ancestors.get(job.id)].map((id) => work.find((j) => j.id === id)), work);
    jobs[`publish-${segment.id}`] = publishJob(input, segment, work);
    if (i === 0) mainPathJobs += work.length + 1;
  });
  const workflow = {
    name: `crustyclaw: ${blueprint.name}`,
    on: triggers.on
  };
  if (target.supportsPermissions) workflow.permissions = {};
  workflow.concurrency = {
    // Numbers only: event text never reaches the group name.
    group: `crustyclaw-${blueprint.name}-\${{ ${concurrencyNumber(blueprint, target.forge)} }}`,
    "cancel-in-progress": false
  };
  workflow.jobs = jobs;
  return { workflow, warnings: triggers.warnings, mainPathJobs };
}
var CompileError = class extends Error {
  name = "CompileError";
};
function permissions(target, scopes) {
  return target.supportsPermissions ? { permissions: scopes } : {};
}
function stageInputs(input) {
  return { blueprint: input.sourcePath, "blueprint-sha256": input.sourceHash };
}
function routeJob(input, routeIf) {
  const { target, config } = input;
  const reviews = reviewsPullRequests(input.blueprint);
  return {
    name: "route",
    if: routeIf,
    "runs-on": target.runsOn("trusted"),
    "timeout-minutes": ROUTE_MINUTES,
    // A CI round reads the failing checks: check runs, statuses, and Actions job logs.
    ...permissions(target, { contents: "read", issues: "write", "pull-requests": "write", ...ciRounds(input.blueprint) ? { actions: "read", checks: "read", statuses: "read" } : {} }),
    outputs: {
      stage: "${{ steps.route.outputs.stage }}",
      issue: "${{ steps.route.outputs.issue }}",
      ref: "${{ steps.route.outputs.ref }}",
      // sha256 of the approved plan the execute segment carries out, or empty.
      plan: "${{ steps.route.outputs.plan }}",
      // sha256 of the base branch's instruction files handed to a feedback round or a review (instructions.json), or empty.
      instructions: "${{ steps.route.outputs.instructions }}",
      // sha256 of the pull request a review run reviews (pull.json).
      ...reviews ? { review: "${{ steps.route.outputs.review }}" } : {}
    },
    steps: [
      {
        // Blueprints and instruction files come from the default branch, never from a pull request's head
        // (cone mode keeps the top-level files: AGENTS.md, CLAUDE.md; .github for copilot-instructions.md).
        uses: target.checkout,
        with: {
          ref: "${{ github.event.repository.default_branch }}",
          "persist-credentials": false,
          "sparse-checkout": sparsePaths([".crustyclaw", ".github", config.blueprints, path2.posix.dirname(input.sourcePath)])
        }
      },
      {
        id: "route",
        uses: target.action("route"),
        with: { ...stageInputs(input), token: "${{ github.token }}", "out-dir": ROUTE_DIR }
      },
      {
        // The approved plan, for the execute segment's work jobs, when there is one; a feedback round's review and comments;
        // the pull request a review run reviews.
        if: `\${{ steps.route.outputs.plan != '' || steps.route.outputs.stage == 'feedback'${reviews ? " || steps.route.outputs.review != ''" : ""} }}`,
        uses: target.upload.uses,
        with: { name: ROUTE_ARTIFACT, path: ROUTE_DIR, "if-no-files-found": "error", ...target.upload.with }
      }
    ]
  };
}
var ROUTE_DIR = "${{ runner.temp }}/crustyclaw-route";
var APPROVED_DIR = "${{ runner.temp }}/crustyclaw-approved";
var carriesPlan = (blueprint, node) => node.kind === "agent" && (node.stage === "execute" || node.stage === "review" && !postsReview(blueprint, node));
function approvedPlanDownload(target, job, blueprint) {
  if (!job.nodes.some((n) => carriesPlan(blueprint, n))) return [];
  return [{ if: "${{ needs.route.outputs.plan != '' }}", uses: target.download.uses, with: { name: ROUTE_ARTIFACT, path: APPROVED_DIR } }];
}
var FEEDBACK_DIR = "${{ runner.temp }}/crustyclaw-feedback";
var readsFeedback = (node) => node.kind === "agent" && node.stage === "feedback";
function feedbackDownload(target, job) {
  if (!job.nodes.some(readsFeedback)) return [];
  return [{ uses: target.download.uses, with: { name: ROUTE_ARTIFACT, path: FEEDBACK_DIR } }];
}
var REVIEW_DIR = "${{ runner.temp }}/crustyclaw-review";
function reviewDownload(target, job, blueprint) {
  if (!job.nodes.some((n) => postsReview(blueprint, n))) return [];
  return [{ uses: target.download.uses, with: { name: ROUTE_ARTIFACT, path: REVIEW_DIR } }];
}
function ifStage(segment) {
  return `needs.route.outputs.stage == ${literal(segment.id)}`;
}
var MATRIX_TASK = "${{ matrix.task }}";
function resultDownloads(target, builtOn) {
  const plain = builtOn.filter((j) => !j.fanOut);
  const fanned = builtOn.filter((j) => j.fanOut);
  if (fanned.length > 0 && !target.downloadPattern) return [{ uses: target.download.uses, with: { path: IN_DIR } }];
  return [
    ...plain.map((j) => ({ uses: target.download.uses, with: { name: `crustyclaw-${j.id}`, path: `${IN_DIR}/crustyclaw-${j.id}` } })),
    ...fanned.map((j) => ({ uses: target.download.uses, with: { pattern: `crustyclaw-${j.id}.*`, path: IN_DIR } }))
  ];
}
function nodeStep(input, node, receivesResults, fanOut) {
  const env = {};
  if (node.kind === "agent") env.CRUSTYCLAW_MODEL_API_KEY = `\${{ secrets.${input.config.modelApiKeySecret} }}`;
  for (const s of node.secrets) env[s] = `\${{ secrets.${s} }}`;
  return {
    id: node.id,
    name: `${node.stage}: ${node.id}`,
    uses: input.target.action(node.stage),
    with: {
      ...stageInputs(input),
      node: node.id,
      issue: "${{ needs.route.outputs.issue }}",
      ...receivesResults ? { "in-dir": IN_DIR } : {},
      "out-dir": OUT_DIR,
      // One job per plan task: this one's task ("all" when the plan's tasks depend on each other).
      ...fanOut ? { task: MATRIX_TASK } : {},
      // Repository variables pick the model and endpoint for every agent without editing blueprints. Unset is empty, and empty
      // inputs count as not given, so the runner's CRUSTYCLAW_MODEL and the blueprint still apply.
      ...node.kind === "agent" ? { model: "${{ vars.CRUSTYCLAW_MODEL }}", "model-base-url": "${{ vars.CRUSTYCLAW_MODEL_BASE_URL }}" } : {},
      // Empty unless the route job handed over an approved plan; then the step refuses any other.
      ...carriesPlan(input.blueprint, node) ? { "plan-sha256": "${{ needs.route.outputs.plan }}", "plan-file": `${APPROVED_DIR}/${APPROVED_PLAN_FILE}` } : {},
      // The checkout is the pull request's head: instruction files are the base branch's, checked against the route job's hash.
      ...readsFeedback(node) ? { "feedback-file": `${FEEDBACK_DIR}/${FEEDBACK_FILE}`, "instructions-sha256": "${{ needs.route.outputs.instructions }}", "instructions-file": `${FEEDBACK_DIR}/${INSTRUCTIONS_FILE}` } : {},
      // A review of a pull request's head: the pull request and its diff, checked against the route job's hash; instruction files as for feedback.
      ...postsReview(input.blueprint, node) ? {
        "pull-sha256": "${{ needs.route.outputs.review }}",
        "pull-file": `${REVIEW_DIR}/${PULL_FILE}`,
        "instructions-sha256": "${{ needs.route.outputs.instructions }}",
        "instructions-file": `${REVIEW_DIR}/${INSTRUCTIONS_FILE}`
      } : {}
    },
    ...Object.keys(env).length ? { env } : {}
  };
}
function workJob(input, segment, job, builtOn, all) {
  const { target } = input;
  const minutes = Math.min(MAX_JOB_MINUTES, job.nodes.reduce((sum, n) => sum + n.minutes, SETUP_MINUTES));
  const fansOut = all.filter((j) => j.fanOut?.planJob === job.id).map((j) => j.fanOut.planNode);
  const artifact = `crustyclaw-${job.id}${job.fanOut ? `.${MATRIX_TASK}` : ""}`;
  const upload = () => ({ if: "${{ !cancelled() }}", uses: target.upload.uses, with: { name: artifact, path: OUT_DIR, ...target.upload.with } });
  const steps = job.nodes.length > 1;
  return {
    name: job.nodes.map((n) => n.id).join(" \u2192 "),
    needs: ["route", ...job.needs],
    if: ifStage(segment),
    ...job.fanOut ? {
      strategy: {
        matrix: { task: `\${{ fromJSON(needs.${job.fanOut.planJob}.outputs.tasks) }}` },
        "max-parallel": job.fanOut.maxParallel,
        // A failed task escalates the run; the others' work is kept.
        "fail-fast": false
      }
    } : {},
    ...fansOut.length > 0 ? { outputs: { tasks: `\${{ steps.${fansOut[0]}.outputs.tasks }}` } } : {},
    "runs-on": target.runsOn(job.trust),
    "timeout-minutes": minutes,
    // Read-only: agents and the commands they run never hold a write token.
    ...permissions(target, { contents: "read" }),
    steps: [
      {
        uses: target.checkout,
        with: { ref: "${{ needs.route.outputs.ref }}", "persist-credentials": false }
      },
      // Results of every job this one builds on (each holds only its own change set), applied by the stage action.
      ...resultDownloads(target, builtOn),
      ...approvedPlanDownload(target, job, input.blueprint),
      ...feedbackDownload(target, job),
      ...reviewDownload(target, job, input.blueprint),
      ...steps ? [{ name: "results of an earlier attempt", if: "${{ github.run_attempt != '1' }}", "continue-on-error": true, uses: target.download.uses, with: { name: artifact, path: OUT_DIR } }] : [],
      ...job.nodes.flatMap((n, i) => [nodeStep(input, n, i === 0 && builtOn.length > 0, job.fanOut), ...steps && i < job.nodes.length - 1 ? [{ name: "results so far", ...upload() }] : []]),
      // Results travel to the publish job, which validates them before anything is written.
      upload()
    ]
  };
}
function publishJob(input, segment, work) {
  const { target } = input;
  const dependedOn = new Set(work.flatMap((j) => j.needs));
  const terminal = work.filter((j) => !dependedOn.has(j.id)).map((j) => j.id);
  const stage = publishingStage(segment);
  return {
    name: `publish ${segment.stages.join(" + ")}`,
    needs: ["route", ...terminal],
    // Runs after failures too, so a failed run is reported and escalated, not silent.
    if: `\${{ !cancelled() && ${ifStage(segment)} }}`,
    "runs-on": target.runsOn("trusted"),
    "timeout-minutes": PUBLISH_MINUTES,
    // config ci.dispatch: the publish job starts the repository's CI workflows on the branch it pushed.
    ...permissions(target, { contents: "write", issues: "write", "pull-requests": "write", ...input.config.ci.dispatch.length > 0 ? { actions: "write" } : {} }),
    steps: [
      {
        uses: target.checkout,
        with: { ref: "${{ needs.route.outputs.ref }}", "persist-credentials": false }
      },
      {
        uses: target.download.uses,
        with: { path: IN_DIR, ...target.download.with }
      },
      {
        id: "publish",
        uses: target.action(stage),
        with: {
          ...stageInputs(input),
          phase: "publish",
          issue: "${{ needs.route.outputs.issue }}",
          "in-dir": IN_DIR,
          token: "${{ github.token }}"
        },
        // config ci.push-token: the branch is pushed with this secret's token, whose pushes start CI.
        ...input.config.ci.pushTokenSecret ? { env: { CRUSTYCLAW_PUSH_TOKEN: `\${{ secrets.${input.config.ci.pushTokenSecret} }}` } } : {}
      }
    ]
  };
}
function ciRounds(blueprint) {
  return followsPullRequests(blueprint) && blueprint.nodes.some((n) => n.stage === "feedback");
}
function sparsePaths(dirs) {
  const unique = [...new Set(dirs.map((d) => path2.posix.normalize(d).replace(/\/$/, "")))].filter((d) => d !== ".");
  return unique.filter((d) => !unique.some((other) => other !== d && d.startsWith(`${other}/`))).sort().join("\n");
}

// src/compile/emit.ts
function workflowFileName(blueprint) {
  return `crustyclaw-${blueprint.name}.yml`;
}
var HEADER_SOURCE = "# crustyclaw-source: ";
var HEADER_HASH = "# crustyclaw-hash: sha256:";
function compileBlueprint(opts) {
  const target = targetFor(opts.forge, opts.config, opts.workflowDir);
  const model = buildWorkflow({
    blueprint: opts.blueprint,
    sourcePath: opts.sourcePath,
    sourceHash: sha256(opts.sourceText),
    config: opts.config,
    target
  });
  const doc = new import_yaml2.Document(model.workflow);
  const { uses, unpinned } = pinUses(doc, opts.pins);
  const body = doc.toString({ lineWidth: 0, indentSeq: true });
  const header = [
    `# Generated by crustyclaw from ${opts.sourcePath}. Do not edit: change the blueprint,`,
    "# then run `npx crustyclaw compile`. `npx crustyclaw check` fails when this file is stale or edited.",
    ...target.supportsPermissions ? [] : [`# ${opts.forge === "gitea" ? "Gitea" : "Forgejo"} ignores \`permissions:\`; agent jobs are kept from write tokens by the actions instead.`],
    `${HEADER_SOURCE}${opts.sourcePath}`,
    `${HEADER_HASH}${sha256(body)}`
  ];
  return {
    forge: opts.forge,
    path: `${target.workflowDir}/${workflowFileName(opts.blueprint)}`,
    text: `${header.join("\n")}
${body}`,
    warnings: model.warnings,
    jobs: Object.keys(model.workflow.jobs).length,
    mainPathJobs: model.mainPathJobs,
    uses,
    unpinned
  };
}
function readGeneratedHeader(text2) {
  const lines = text2.split("\n");
  const sourceLine = lines.findIndex((l) => l.startsWith(HEADER_SOURCE));
  const hashLine = lines.findIndex((l) => l.startsWith(HEADER_HASH));
  if (sourceLine < 0 || hashLine !== sourceLine + 1) return void 0;
  const hash = lines[hashLine].slice(HEADER_HASH.length).trim();
  const body = lines.slice(hashLine + 1).join("\n");
  return { source: lines[sourceLine].slice(HEADER_SOURCE.length).trim(), hash, intact: sha256(body) === hash };
}

// src/cli/build.ts
import { existsSync as existsSync3, readdirSync as readdirSync2, readFileSync as readFileSync3 } from "node:fs";
import path4 from "node:path";

// src/cli/project.ts
import { existsSync as existsSync2, readdirSync, readFileSync as readFileSync2, statSync } from "node:fs";
import path3 from "node:path";
function findRoot(cwd) {
  let dir = path3.resolve(cwd);
  for (; ; ) {
    if (existsSync2(path3.join(dir, ".git")) || existsSync2(path3.join(dir, ".crustyclaw"))) return dir;
    const parent = path3.dirname(dir);
    if (parent === dir) return path3.resolve(cwd);
    dir = parent;
  }
}
function openProject(cwd) {
  const root = findRoot(cwd);
  const { config, problems: problems2 } = readConfig(root);
  return { root, config: config ?? defaultConfig(), configProblems: problems2 };
}
function toRepoPath(root, file, cwd) {
  return path3.relative(root, path3.resolve(cwd, file)).split(path3.sep).join("/");
}
function blueprintPaths(project, files, cwd) {
  if (files.length > 0) return files.map((f) => toRepoPath(project.root, f, cwd));
  const dir = path3.join(project.root, project.config.blueprints);
  if (!existsSync2(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => `${project.config.blueprints}/${f}`);
}
function readBlueprint(project, repoPath) {
  const abs = path3.join(project.root, repoPath);
  let text2;
  try {
    text2 = readFileSync2(abs, "utf8");
  } catch (err) {
    const code = err.code;
    const message = code === "ENOENT" ? "file not found" : code === "EISDIR" ? "is a directory, not a blueprint file" : `cannot read file (${code ?? String(err)})`;
    return { path: repoPath, text: "", problems: [{ file: repoPath, line: 0, column: 0, message, code: "unreadable" }] };
  }
  const configMcpServers = project.configProblems.length === 0 ? Object.keys(project.config.mcpServers) : void 0;
  const result = loadBlueprint(repoPath, text2, configMcpServers ? { configMcpServers } : {});
  return { path: repoPath, text: text2, problems: result.problems, ...result.blueprint ? { blueprint: result.blueprint } : {} };
}
function packageVersion() {
  return JSON.parse(readFileSync2(path3.join(packageRoot(), "package.json"), "utf8")).version;
}
function builtinBlueprintNames() {
  return readdirSync(path3.join(packageRoot(), "blueprints")).filter((f) => f.endsWith(".yml")).map((f) => f.replace(/\.yml$/, "")).sort();
}
function readBuiltinBlueprint(name) {
  return readFileSync2(path3.join(packageRoot(), "blueprints", `${name}.yml`), "utf8");
}

// src/cli/build.ts
function buildWorkflows(project, files, forges, cwd, opts = {}) {
  const dirs = workflowDirs(project, forges);
  const pinFile = opts.pins === false ? { problems: [] } : readPins(project.root);
  const result = { workflows: [], problems: [...project.configProblems, ...dirs.problems, ...pinFile.problems], warnings: [], unpinned: [] };
  const names = /* @__PURE__ */ new Map();
  for (const repoPath of blueprintPaths(project, files, cwd)) {
    const file = readBlueprint(project, repoPath);
    result.problems.push(...file.problems);
    if (!file.blueprint) continue;
    const clash = names.get(file.blueprint.name);
    if (clash) {
      result.problems.push({
        file: repoPath,
        line: 1,
        column: 1,
        message: `blueprint name '${file.blueprint.name}' is also used by ${clash}; both would compile to the same workflow file`,
        hint: "give each blueprint a unique name",
        code: "duplicate-name"
      });
      continue;
    }
    names.set(file.blueprint.name, repoPath);
    for (const forge of forges) {
      try {
        const wf = compileBlueprint({ blueprint: file.blueprint, sourcePath: repoPath, sourceText: file.text, config: project.config, forge, workflowDir: dirs.of.get(forge), ...pinFile.pins ? { pins: pinFile.pins } : {} });
        result.workflows.push(wf);
        result.warnings.push(...wf.warnings.map((w) => `${repoPath}: ${forge}: ${w}`));
        const noCi = ciRouteMissing(file.blueprint, project.config, forge);
        if (noCi) result.warnings.push(`${repoPath}: ${forge}: ${noCi}`);
      } catch (err) {
        if (!(err instanceof CompileError)) throw err;
        result.problems.push({ file: repoPath, line: 1, column: 1, message: err.message, code: "compile" });
      }
    }
  }
  if (opts.pins !== false && pinFile.problems.length === 0) {
    const unpinned = [...new Set(result.workflows.flatMap((w) => w.unpinned))].sort();
    if (pinFile.pins) {
      for (const uses of unpinned) {
        result.problems.push({
          file: PINS_PATH,
          line: 1,
          column: 1,
          message: `${uses} is not pinned: the compiled workflows would use a tag, which can be moved to other code`,
          hint: "run `npx crustyclaw pin` (it asks the forges which commit each tag names) and commit the pin file",
          code: "unpinned"
        });
      }
    } else {
      result.unpinned = unpinned;
    }
  }
  return result;
}
function workflowDirs(project, forges) {
  const of = new Map(forges.map((f) => [f, workflowDirFor(f, (dir) => existsSync3(path4.join(project.root, dir)))]));
  const problems2 = [];
  forges.forEach((a, i) => {
    const b = forges.slice(0, i).find((other) => of.get(other) === of.get(a));
    if (!b) return;
    const dir = of.get(a);
    const own = WORKFLOW_DIRS[a][0];
    problems2.push({
      file: CONFIG_PATH,
      line: 1,
      column: 1,
      message: `forges ${b} and ${a} would both write their workflows into ${dir}${own !== dir ? ` (${a} reads ${dir} because this repository has no ${own})` : ""}, and each would run the other's`,
      hint: own !== dir ? `create ${own} for ${a} (it then reads only that directory: move ${a}'s CI workflows there too), or list one of them in 'forges'` : `list only one of ${b} and ${a} in 'forges'`,
      code: "workflow-dir"
    });
  });
  return { of, problems: problems2 };
}
function generatedFiles(project, forge, dir) {
  const workflowDir = dir ?? workflowDirFor(forge, (d) => existsSync3(path4.join(project.root, d)));
  const abs = path4.join(project.root, workflowDir);
  if (!existsSync3(abs)) return [];
  return readdirSync2(abs).filter((f) => /\.ya?ml$/.test(f)).sort().flatMap((f) => {
    const text2 = readFileSync3(path4.join(abs, f), "utf8");
    const header = readGeneratedHeader(text2);
    return header ? [{ path: `${workflowDir}/${f}`, text: text2, header }] : [];
  });
}
function ciRouteMissing(blueprint, config, forge) {
  if (!blueprint.triggers.ciFailure || !blueprint.nodes.some((n) => n.stage === "feedback") || config.ci.pushTokenSecret) return void 0;
  if (familyOf(forge) === "github" && config.ci.dispatch.length > 0) return void 0;
  const ways = familyOf(forge) === "github" ? "set ci.dispatch (CI workflow files with a workflow_dispatch trigger) or ci.push-token" : "set ci.push-token";
  return `the CI loop is on (feedback nodes and a ci-failure trigger), but CrustyClaw's pushes, made with the job token, start no CI: ${ways} in .crustyclaw/config.yml (docs/forges.md)`;
}

// src/cli/output.ts
var processIo = {
  out: (t) => process.stdout.write(t.endsWith("\n") ? t : `${t}
`),
  err: (t) => process.stderr.write(t.endsWith("\n") ? t : `${t}
`)
};
function printProblems(io, problems2) {
  for (const p of sortProblems(problems2)) io.err(formatProblem(p));
  if (problems2.length > 0) io.err(`${problems2.length} problem${problems2.length === 1 ? "" : "s"} found`);
}
function printJson(io, value) {
  io.out(JSON.stringify(value, null, 2));
}

// src/cli/runners.ts
var import_yaml3 = __toESM(require_dist(), 1);
import { execFileSync } from "node:child_process";

// src/cli/usage.ts
import { parseArgs } from "node:util";
var EXIT = { ok: 0, problems: 1, usage: 2 };
var UsageError = class extends Error {
  name = "UsageError";
};
function parseCommandArgs(command, argv) {
  try {
    return parseArgs({
      args: argv,
      options: { ...command.options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true
    });
  } catch (err) {
    const e = err;
    const unknown = /^Unknown option '(-{1,2}[^']*)'/.exec(e.message);
    if (e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && unknown) {
      const names = Object.keys(command.options).map((o) => `--${o}`);
      const near = closest(unknown[1].split("=")[0], names);
      throw new UsageError(`unknown option '${unknown[1]}'; ${near ? `did you mean ${near}?` : names.length > 0 ? `options: ${names.join(", ")}` : "this command takes no options"}`);
    }
    const bad = /^Option '(--[^' ]+)(?: <value>)?' (.*)$/.exec(e.message);
    if (bad) throw new UsageError(`option ${bad[1]} ${bad[2] === "argument missing" ? "needs a value" : bad[2]}`);
    throw new UsageError(e.message.replace(/^TypeError \[[A-Z_]+\]: /, ""));
  }
}
function commandHelp(command) {
  return [`Usage: ${command.usage}`, "", command.summary, "", "Options:", ...command.help, "  -h, --help          show this help", ""].join("\n");
}
function oneOf(flag, value, allowed) {
  if (value === void 0) return void 0;
  if (typeof value === "string" && allowed.includes(value)) return value;
  throw new UsageError(`invalid value '${String(value)}' for --${flag}; expected one of: ${allowed.join(", ")}`);
}

// src/cli/runners.ts
function runnerQuery(forge, flags, root, env = process.env) {
  const remote = flags.repo && flags.apiUrl ? void 0 : originRemote(root);
  const repoText = flags.repo ?? env.GITHUB_REPOSITORY ?? remote?.repo;
  if (!repoText) throw new UsageError("cannot tell which repository to ask about: pass --repo OWNER/NAME (no `origin` remote to read it from)");
  let repo;
  try {
    repo = parseRepo(repoText);
  } catch {
    throw new UsageError(`--repo must be OWNER/NAME, not '${repoText}'`);
  }
  const apiUrl = flags.apiUrl ?? env.GITHUB_API_URL ?? (remote ? apiOf(forge, remote.origin) : void 0);
  if (!apiUrl) throw new UsageError("cannot tell the forge's API URL: pass --api-url (e.g. https://api.github.com or https://codeberg.org/api/v1)");
  try {
    if (!/^https?:$/.test(new URL(apiUrl).protocol)) throw new Error();
  } catch {
    throw new UsageError(`--api-url must be an http(s) URL, not '${apiUrl}'`);
  }
  const github = familyOf(forge) === "github";
  const token = (github ? env.GITHUB_TOKEN || env.GH_TOKEN : env.FORGEJO_TOKEN || env.GITEA_TOKEN || env.GITHUB_TOKEN) ?? "";
  return { forge, repo, apiUrl, token };
}
function originRemote(root) {
  let url;
  try {
    url = execFileSync("git", ["-C", root, "remote", "get-url", "origin"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return void 0;
  }
  const m = /^(https?):\/\/(?:[^@/]*@)?([^/]+)\/(.+?)(?:\.git)?\/?$/.exec(url) ?? /^(?:ssh:\/\/)?[^@]+@([^:/]+)(?::\d+)?[:/](.+?)(?:\.git)?\/?$/.exec(url);
  if (!m) return void 0;
  return m.length === 4 ? { origin: `${m[1]}://${m[2]}`, repo: m[3] } : { origin: `https://${m[1]}`, repo: m[2] };
}
function apiOf(forge, origin) {
  if (familyOf(forge) !== "github") return `${origin}/api/v1`;
  return /^https?:\/\/github\.com$/i.test(origin) ? "https://api.github.com" : `${origin}/api/v3`;
}
function githubHosted(forge, labels2) {
  return forge === "github" && labels2.length === 1 && /^(ubuntu|windows|macos)-/i.test(labels2[0]);
}
async function checkRunners(q, config, workflows) {
  const sets = /* @__PURE__ */ new Map();
  for (const wf of workflows.filter((w) => w.forge === q.forge)) {
    const jobs = (0, import_yaml3.parse)(wf.text).jobs ?? {};
    for (const job of Object.values(jobs)) {
      const labels2 = [].concat(job["runs-on"] ?? []);
      sets.set(labels2.join("\0"), labels2);
    }
  }
  const tiersOf = (labels2) => TRUST_TIERS.filter((t) => config.runners[q.forge][t].join("\0") === labels2.join("\0")).join("/") || "custom";
  const needed = [...sets.values()].filter((labels2) => !githubHosted(q.forge, labels2));
  const notes = [...sets.values()].filter((labels2) => githubHosted(q.forge, labels2)).map((l) => `${tiersOf(l)} jobs run on GitHub-hosted ${l[0]}`);
  if (needed.length === 0) return { warnings: [], notes };
  let runners;
  try {
    runners = await createForge({ kind: familyOf(q.forge), repo: q.repo, baseUrl: q.apiUrl, token: q.token }).listRunners();
  } catch (err) {
    if (!(err instanceof ForgeError)) throw err;
    const why = err.status === 403 || err.status === 401 || err.status === 404 ? " (listing runners needs a repository admin's token: set GITHUB_TOKEN, or FORGEJO_TOKEN on Forgejo/Gitea)" : "";
    return { warnings: [`cannot check runners of ${q.repo.owner}/${q.repo.repo}: ${err.message}${why}`], notes };
  }
  const warnings = [];
  for (const labels2 of needed) {
    const want = labels2.map((l) => l.toLowerCase());
    const carry = runners.filter((r) => want.every((l) => r.labels.some((x) => x.toLowerCase() === l)));
    const what = `${tiersOf(labels2)} jobs (runs-on: ${labels2.join(", ")})`;
    if (carry.length === 0) {
      warnings.push(`no runner of ${q.repo.owner}/${q.repo.repo} carries the labels of ${what}: those jobs would wait in the queue (docs/runners.md)`);
    } else if (!carry.some((r) => r.online)) {
      warnings.push(`the runners for ${what} are all offline (${carry.map((r) => r.name).join(", ")})`);
    } else {
      notes.push(`${what}: ${carry.filter((r) => r.online).length} runner(s) online`);
    }
  }
  return { warnings, notes };
}

// src/cli/cmd-check.ts
var checkCommand = {
  name: "check",
  summary: "Fail when committed workflows do not match a fresh compile: missing, stale, edited by hand, or left over from a deleted blueprint. Use it in CI.",
  usage: "crustyclaw check [--json] [--runners [--forge F] [--repo OWNER/NAME] [--api-url URL]]",
  options: { json: { type: "boolean" }, runners: { type: "boolean" }, forge: { type: "string" }, repo: { type: "string" }, "api-url": { type: "string" } },
  help: [
    "  --json              print the result as JSON on stdout",
    "  --runners           also ask the forge which runners the repository has, and warn for each",
    "                      trust tier whose runs-on labels no (online) runner carries",
    "  --forge F           the forge to ask with --runners (default: the first in `forges`)",
    "  --repo OWNER/NAME   the repository (default: GITHUB_REPOSITORY, else the `origin` remote)",
    "  --api-url URL       its forge's API (default: GITHUB_API_URL, else derived from `origin`)",
    "",
    "Listing runners needs a repository admin's token: GITHUB_TOKEN (or GH_TOKEN), FORGEJO_TOKEN on Forgejo/Gitea."
  ],
  async run({ values, cwd }, io) {
    const project = openProject(cwd);
    const flag = (name) => typeof values[name] === "string" ? values[name] : void 0;
    if (!values.runners && (values.forge !== void 0 || values.repo !== void 0 || values["api-url"] !== void 0)) {
      throw new UsageError("--forge, --repo and --api-url go with --runners");
    }
    const runnerForge = oneOf("forge", values.forge, FORGES) ?? project.config.forges[0];
    if (values.runners && !project.config.forges.includes(runnerForge)) throw new UsageError(`--forge ${runnerForge} is not one of this project's forges (${project.config.forges.join(", ")})`);
    const query = values.runners ? runnerQuery(runnerForge, { ...flag("repo") ? { repo: flag("repo") } : {}, ...flag("api-url") ? { apiUrl: flag("api-url") } : {} }, project.root) : void 0;
    const result = buildWorkflows(project, [], project.config.forges, cwd);
    const problems2 = [...result.problems];
    const fix = "run `npx crustyclaw compile` and commit the result";
    const expected = /* @__PURE__ */ new Set();
    for (const wf of result.workflows) {
      expected.add(wf.path);
      const abs = path5.join(project.root, wf.path);
      if (!existsSync4(abs)) {
        problems2.push({ file: wf.path, line: 0, column: 0, message: "workflow is missing", hint: fix, code: "missing" });
        continue;
      }
      const committed = readFileSync4(abs, "utf8");
      if (committed === wf.text) continue;
      const problem = firstDifference(wf.path, committed, wf.text);
      const edited = readGeneratedHeader(committed)?.intact === false;
      problems2.push({
        ...problem,
        message: edited ? `workflow was edited by hand (${problem.message})` : `workflow is stale (${problem.message})`,
        hint: edited ? `edit the blueprint instead, then ${fix}` : fix,
        code: edited ? "edited" : "stale"
      });
    }
    const sources = new Set(blueprintPaths(project, [], cwd));
    if (sources.size === 0) {
      const here = existsSync4(path5.join(project.root, ".crustyclaw"));
      problems2.push({
        file: here ? project.config.blueprints : ".crustyclaw",
        line: 0,
        column: 0,
        message: here ? `no blueprints in ${project.config.blueprints}: nothing to check` : `no CrustyClaw project in ${project.root} (no .crustyclaw/ directory)`,
        hint: here ? "add a blueprint (`npx crustyclaw init` writes one), or run check where the project is" : "run `npx crustyclaw init` first, or run check inside the repository that has .crustyclaw/",
        code: "no-project"
      });
    }
    for (const forge of project.config.forges) {
      for (const f of generatedFiles(project, forge)) {
        if (expected.has(f.path) || sources.has(f.header.source)) continue;
        problems2.push({
          file: f.path,
          line: 1,
          column: 1,
          message: `generated from ${f.header.source}, which is not a blueprint of this project any more`,
          hint: "delete the file, or run `npx crustyclaw compile`, which removes it",
          code: "orphan"
        });
      }
    }
    const reads = workflowDirs(project, project.config.forges).of;
    const read = new Set(reads.values());
    for (const dir of new Set(Object.values(WORKFLOW_DIRS).flat())) {
      if (read.has(dir)) continue;
      for (const f of generatedFiles(project, project.config.forges[0], dir)) {
        problems2.push({
          file: f.path,
          line: 1,
          column: 1,
          message: `generated workflow in ${dir}, which none of the configured forges reads (${[...reads].map(([forge, d]) => `${forge} reads ${d}`).join(", ")}): it never runs`,
          hint: "delete it: `npx crustyclaw compile` writes each forge's workflows where that forge reads them",
          code: "ignored-dir"
        });
      }
    }
    if (result.unpinned.length > 0) {
      result.warnings.push(`${PINS_PATH}: the workflows use ${result.unpinned.length} action repositories by tag, which can be moved to other code (${result.unpinned.join(", ")}): run \`npx crustyclaw pin\` and commit ${PINS_PATH} to use commits instead`);
    }
    const runners = query ? await checkRunners(query, project.config, result.workflows) : void 0;
    if (runners) result.warnings.push(...runners.warnings.map((w) => `runners: ${w}`));
    if (values.json) {
      printJson(io, { ok: problems2.length === 0, workflows: result.workflows.map((w) => w.path), warnings: result.warnings, problems: problems2, ...runners ? { runners: runners.notes } : {} });
    } else {
      printProblems(io, problems2);
      for (const w of result.warnings) io.err(`warning: ${w}`);
      for (const n of runners?.notes ?? []) io.out(`runners: ${n}`);
      if (problems2.length === 0) io.out(`ok  ${result.workflows.length} workflow(s) match their blueprints`);
    }
    return problems2.length === 0 ? 0 : 1;
  }
};
function firstDifference(file, actual, expected) {
  const a = actual.split("\n");
  const e = expected.split("\n");
  let i = 0;
  while (i < a.length && i < e.length && a[i] === e[i]) i++;
  const detail = i < e.length ? `line ${i + 1} should be: ${truncate(e[i])}` : `unexpected line ${i + 1}: ${truncate(a[i] ?? "")}`;
  return { file, line: i + 1, column: 1, message: `first difference at ${detail}`, code: "stale" };
}
function truncate(s) {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

// src/cli/cmd-compile.ts
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path6 from "node:path";
var compileCommand = {
  name: "compile",
  summary: "Compile blueprints into workflow files, each where its forge reads them: GitHub and GHES .github/workflows; Forgejo the first of .forgejo, .gitea, .github/workflows that exists (else .forgejo); Gitea .gitea, else .github/workflows. Writes nothing if any blueprint has problems; removes generated workflows whose blueprint is gone.",
  usage: "crustyclaw compile [--forge github|ghes|forgejo|gitea] [--out DIR] [blueprint.yml ...]",
  options: { forge: { type: "string" }, out: { type: "string" } },
  help: [
    "  --forge FORGE       compile for this forge only (default: `forges` in .crustyclaw/config.yml, else github)",
    "  --out DIR           write workflows into DIR instead of the forge's workflow directory"
  ],
  async run({ values, positionals, cwd }, io) {
    const project = openProject(cwd);
    const forge = oneOf("forge", values.forge, FORGES);
    const forges = forge ? [forge] : project.config.forges;
    const out = typeof values.out === "string" ? values.out : void 0;
    if (out !== void 0 && forges.length > 1) throw new UsageError("--out needs --forge: each forge's workflows differ");
    const result = buildWorkflows(project, positionals, forges, cwd);
    if (result.problems.length > 0) {
      printProblems(io, result.problems);
      io.err("nothing written");
      return 1;
    }
    if (result.workflows.length === 0) {
      throw new UsageError(`no blueprints found in ${project.config.blueprints}; name files to compile or run 'crustyclaw init'`);
    }
    for (const w of result.warnings) io.err(`warning: ${w}`);
    const written = /* @__PURE__ */ new Set();
    for (const wf of result.workflows) {
      const target = out ? path6.resolve(cwd, out, path6.basename(wf.path)) : path6.join(project.root, wf.path);
      mkdirSync(path6.dirname(target), { recursive: true });
      writeFileSync(target, wf.text);
      written.add(path6.resolve(target));
      io.out(`wrote ${path6.relative(cwd, target) || target} (${wf.jobs} jobs)`);
    }
    if (positionals.length === 0 && !out) {
      for (const f of forges.flatMap((fg) => generatedFiles(project, fg))) {
        const abs = path6.join(project.root, f.path);
        if (!written.has(path6.resolve(abs)) && f.header.source.startsWith(`${project.config.blueprints}/`)) {
          rmSync(abs);
          io.out(`removed ${f.path} (its blueprint ${f.header.source} no longer exists)`);
        }
      }
    }
    return 0;
  }
};

// src/cli/cmd-forge.ts
import path19 from "node:path";

// src/local/connection.ts
import { existsSync as existsSync5, readFileSync as readFileSync5, rmSync as rmSync2, writeFileSync as writeFileSync2 } from "node:fs";
import os from "node:os";
import path7 from "node:path";
function connectionFile() {
  if (process.env.CRUSTYCLAW_FORGE_CONNECTION) return path7.resolve(process.env.CRUSTYCLAW_FORGE_CONNECTION);
  const user = typeof process.getuid === "function" ? String(process.getuid()) : os.userInfo().username;
  return path7.join(os.tmpdir(), `crustyclaw-forge-${user}.json`);
}
function saveConnection(c) {
  const file = connectionFile();
  writeFileSync2(file, `${JSON.stringify(c, null, 2)}
`, { mode: 384 });
  return file;
}
function dropConnection(pid = process.pid) {
  const c = readConnection();
  if (c?.pid === pid) rmSync2(connectionFile(), { force: true });
}
function readConnection() {
  const file = connectionFile();
  if (!existsSync5(file)) return void 0;
  try {
    const c = JSON.parse(readFileSync5(file, "utf8"));
    if (typeof c.url !== "string" || typeof c.apiUrl !== "string" || typeof c.repo !== "string" || typeof c.token !== "string" || typeof c.login !== "string") return void 0;
    if (c.flavour !== "github" && c.flavour !== "forgejo") return void 0;
    return c;
  } catch {
    return void 0;
  }
}

// src/local/progress.ts
import { existsSync as existsSync6, readdirSync as readdirSync3, readFileSync as readFileSync6 } from "node:fs";
import path8 from "node:path";
function nodeResults(run) {
  const root = path8.join(run.workDir, "artifacts");
  if (!existsSync6(root)) return [];
  const out = [];
  for (const artifact of readdirSync3(root).sort()) {
    const nodes = path8.join(root, artifact, "nodes");
    if (!existsSync6(nodes)) continue;
    for (const f of readdirSync3(nodes).sort()) {
      try {
        const r = JSON.parse(readFileSync6(path8.join(nodes, f), "utf8"));
        const u = r.usage;
        out.push({
          node: String(r.node ?? f.replace(/\.json$/, "")),
          status: String(r.status ?? ""),
          turns: u?.turns ?? 0,
          tokens: (u?.inputTokens ?? 0) + (u?.outputTokens ?? 0),
          usd: u?.usd ?? 0,
          priced: u?.priced ?? true
        });
      } catch {
      }
    }
  }
  return out;
}
function usageText(u) {
  return `${u.turns} turn${u.turns === 1 ? "" : "s"} \xB7 ${u.tokens.toLocaleString("en")} tokens \xB7 ${u.priced ? `$${u.usd.toFixed(2)}` : "cost unknown"}`;
}
var MARK = { success: "\u2713", failure: "\u2717", cancelled: "\u2298", skipped: "\u2013", running: "\u2026" };
var ProgressView = class {
  /** `write` gets raw text: lines end in \n, and on a terminal the cursor moves. */
  constructor(write, tty) {
    this.write = write;
    this.tty = tty;
  }
  write;
  tty;
  /** Runs in flight and their running jobs (id → name). */
  live = /* @__PURE__ */ new Map();
  announced = /* @__PURE__ */ new Set();
  drawn = 0;
  line(text2) {
    this.write(`${text2}
`);
  }
  update(u) {
    switch (u.type) {
      case "run-started":
        this.live.set(u.run.id, { run: u.run, running: /* @__PURE__ */ new Map() });
        break;
      case "job-started": {
        const live = this.live.get(u.run.id);
        if (!this.tty && live && !this.announced.has(u.run.id)) {
          this.announced.add(u.run.id);
          this.line(`\u25B8 run ${u.run.id} \xB7 ${u.run.name} (${eventText(u.run)})`);
        }
        live?.running.set(u.job, u.name);
        if (!this.tty) this.line(`  ${MARK.running} ${u.name}`);
        break;
      }
      case "job-finished": {
        this.live.get(u.run.id)?.running.delete(u.job.id);
        if (!this.tty && u.job.result !== "skipped") this.line(this.jobLine(u.run, u.job.id));
        break;
      }
      case "run-completed":
        this.live.delete(u.run.id);
        this.clear();
        this.line(this.tty ? this.runBlock(u.run, /* @__PURE__ */ new Map()).join("\n") : this.runSummary(u.run));
        break;
      default:
        return;
    }
    if (this.tty) this.redraw();
  }
  /** Leaves the terminal as it was: the in-place block is removed. */
  finish() {
    this.clear();
  }
  eventLine(run) {
    return `${MARK[run.conclusion ?? "running"]} run ${run.id} \xB7 ${run.name} (${eventText(run)})${run.conclusion ? `: ${run.conclusion}` : ""}`;
  }
  jobLine(run, id, runningName) {
    const job = run.jobs.find((j) => j.id === id);
    if (runningName !== void 0 || !job) return `  ${MARK.running} ${runningName ?? id}`;
    const seconds = job.startedAt && job.completedAt ? ` ${((Date.parse(job.completedAt) - Date.parse(job.startedAt)) / 1e3).toFixed(1)} s` : "";
    const why = job.result === "success" ? void 0 : job.reason ?? job.log.split("\n").reverse().find((l) => l.startsWith("##[error]"))?.slice("##[error]".length);
    const reason = why ? ` \u2014 ${why.slice(0, 200)}` : "";
    return `  ${MARK[job.result]} ${job.name}${seconds}${reason}`;
  }
  runBlock(run, running) {
    if (run.status === "completed" && run.jobs.every((j) => j.result === "skipped") && run.problems.length === 0) return [`${MARK.skipped} run ${run.id} \xB7 ${run.name} (${eventText(run)}): nothing to do`];
    const lines = [this.eventLine(run)];
    for (const p of run.problems) lines.push(`  ${p}`);
    for (const j of run.jobs) if (j.result !== "skipped") lines.push(this.jobLine(run, j.id));
    for (const [id, name] of running) lines.push(this.jobLine(run, id, name));
    for (const n of nodeResults(run)) if (n.turns > 0) lines.push(`    ${n.node}: ${usageText(n)}`);
    return lines;
  }
  runSummary(run) {
    if (run.jobs.every((j) => j.result === "skipped") && run.problems.length === 0) return `${MARK.skipped} run ${run.id} \xB7 ${run.name} (${eventText(run)}): nothing to do`;
    const usage = nodeResults(run).filter((n) => n.turns > 0).map((n) => `    ${n.node}: ${usageText(n)}`);
    return [this.eventLine(run), ...run.problems.map((p) => `  ${p}`), ...usage].join("\n");
  }
  clear() {
    if (!this.tty || this.drawn === 0) return;
    this.write(`\x1B[${this.drawn}F\x1B[J`);
    this.drawn = 0;
  }
  redraw() {
    this.clear();
    const lines = [...this.live.values()].flatMap(({ run, running }) => this.runBlock(run, running));
    if (lines.length === 0) return;
    this.line(lines.join("\n"));
    this.drawn = lines.length;
  }
};
function eventText(run) {
  return `${run.event}${run.action ? ` ${run.action}` : ""} by ${run.actor}`;
}

// src/localforge/server.ts
import { randomBytes } from "node:crypto";
import { mkdtemp as mkdtemp2, rm as rm2 } from "node:fs/promises";
import { createServer } from "node:http";
import os4 from "node:os";
import path18 from "node:path";

// src/localforge/auth.ts
function apiToken(header) {
  const m = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header ?? "");
  return m?.[1];
}
function basicToken(header) {
  const m = /^basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? "");
  if (!m) return void 0;
  const decoded = Buffer.from(m[1], "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  const user = colon < 0 ? decoded : decoded.slice(0, colon);
  const pass = colon < 0 ? "" : decoded.slice(colon + 1);
  return pass || user || void 0;
}
function lookup(state, token) {
  if (!token) return void 0;
  const rec = state.tokens.get(token);
  const user = rec && state.user(rec.login);
  return rec && user ? { user, token: rec } : void 0;
}

// src/localforge/actions/actions.ts
var import_yaml5 = __toESM(require_dist(), 1);
import { existsSync as existsSync11, mkdtempSync, rmSync as rmSync4 } from "node:fs";
import os3 from "node:os";
import path17 from "node:path";

// node_modules/@actions/expressions/dist/features.js
var allFeatureKeys = [
  "missingInputsQuickfix",
  "blockScalarChompingWarning",
  "allowCaseFunction",
  "allowCopilotRequestsPermission",
  "allowDrivesPermissionAutocomplete",
  "allowBackgroundSteps"
];
var FeatureFlags = class {
  constructor(features) {
    this.features = features ?? {};
  }
  /**
   * Check if an experimental feature is enabled.
   *
   * Resolution order:
   * 1. Explicit feature flag (if set)
   * 2. `all` flag (if set)
   * 3. false (default)
   */
  isEnabled(feature) {
    const explicit = this.features[feature];
    if (explicit !== void 0) {
      return explicit;
    }
    return this.features.all ?? false;
  }
  /**
   * Returns list of all enabled experimental features.
   */
  getEnabledFeatures() {
    return allFeatureKeys.filter((key) => this.isEnabled(key));
  }
};

// node_modules/@actions/workflow-parser/dist/templates/tokens/types.js
var TokenType;
(function(TokenType3) {
  TokenType3[TokenType3["String"] = 0] = "String";
  TokenType3[TokenType3["Sequence"] = 1] = "Sequence";
  TokenType3[TokenType3["Mapping"] = 2] = "Mapping";
  TokenType3[TokenType3["BasicExpression"] = 3] = "BasicExpression";
  TokenType3[TokenType3["InsertExpression"] = 4] = "InsertExpression";
  TokenType3[TokenType3["Boolean"] = 5] = "Boolean";
  TokenType3[TokenType3["Number"] = 6] = "Number";
  TokenType3[TokenType3["Null"] = 7] = "Null";
})(TokenType || (TokenType = {}));
function tokenTypeName(type) {
  switch (type) {
    case TokenType.String:
      return "StringToken";
    case TokenType.Sequence:
      return "SequenceToken";
    case TokenType.Mapping:
      return "MappingToken";
    case TokenType.BasicExpression:
      return "BasicExpressionToken";
    case TokenType.InsertExpression:
      return "InsertExpressionToken";
    case TokenType.Boolean:
      return "BooleanToken";
    case TokenType.Number:
      return "NumberToken";
    case TokenType.Null:
      return "NullToken";
    default: {
      const exhaustiveCheck = type;
      throw new Error(`Unhandled token type: ${type} ${exhaustiveCheck}}`);
    }
  }
}

// node_modules/@actions/workflow-parser/dist/templates/tokens/traversal-state.js
var TraversalState = class {
  constructor(parent, token) {
    this.index = -1;
    this.isKey = false;
    this.parent = parent;
    this._token = token;
    this.current = token;
  }
  moveNext(omitKeys) {
    switch (this._token.templateTokenType) {
      case TokenType.Sequence: {
        const sequence = this._token;
        if (++this.index < sequence.count) {
          this.current = sequence.get(this.index);
          return true;
        }
        this.current = void 0;
        return false;
      }
      case TokenType.Mapping: {
        const mapping = this._token;
        if (this.isKey) {
          this.isKey = false;
          this.currentKey = this.current;
          this.current = mapping.get(this.index).value;
          return true;
        }
        if (++this.index < mapping.count) {
          if (omitKeys) {
            this.isKey = false;
            this.currentKey = mapping.get(this.index).key;
            this.current = mapping.get(this.index).value;
            return true;
          }
          this.isKey = true;
          this.currentKey = void 0;
          this.current = mapping.get(this.index).key;
          return true;
        }
        this.currentKey = void 0;
        this.current = void 0;
        return false;
      }
      default:
        throw new Error(`Unexpected token type '${this._token.templateTokenType}' when traversing state`);
    }
  }
  /**
   * Returns the ancestor tokens from root to the current token's parent container.
   */
  getAncestors() {
    const ancestors = [];
    let state = this.parent;
    while (state) {
      if (state.current) {
        ancestors.unshift(state.current);
      }
      state = state.parent;
    }
    return ancestors;
  }
};

// node_modules/@actions/workflow-parser/dist/templates/tokens/template-token.js
var TemplateTokenError = class extends Error {
  constructor(message, token) {
    super(message);
    this.token = token;
  }
};
var TemplateToken = class {
  /**
   * Base class for all template tokens
   */
  constructor(type, file, range, definitionInfo) {
    this.type = type;
    this.file = file;
    this.range = range;
    this.definitionInfo = definitionInfo;
  }
  get templateTokenType() {
    return this.type;
  }
  get line() {
    return this.range?.start.line;
  }
  get col() {
    return this.range?.start.column;
  }
  get definition() {
    return this.definitionInfo?.definition;
  }
  get description() {
    return this._description || this.propertyDefinition?.description || this.definition?.description;
  }
  set description(description) {
    this._description = description;
  }
  typeName() {
    return tokenTypeName(this.type);
  }
  /**
   * Asserts expected type and throws a good debug message if unexpected
   */
  assertNull(objectDescription) {
    if (this.type === TokenType.Null) {
      return this;
    }
    throw new TemplateTokenError(`Unexpected type '${this.typeName()}' encountered while reading '${objectDescription}'. The type '${tokenTypeName(TokenType.Null)}' was expected.`, this);
  }
  /**
   * Asserts expected type and throws a good debug message if unexpected
   */
  assertBoolean(objectDescription) {
    if (this.type === TokenType.Boolean) {
      return this;
    }
    throw new TemplateTokenError(`Unexpected type '${this.typeName()}' encountered while reading '${objectDescription}'. The type '${tokenTypeName(TokenType.Boolean)}' was expected.`, this);
  }
  /**
   * Asserts expected type and throws a good debug message if unexpected
   */
  assertNumber(objectDescription) {
    if (this.type === TokenType.Number) {
      return this;
    }
    throw new TemplateTokenError(`Unexpected type '${this.typeName()}' encountered while reading '${objectDescription}'. The type '${tokenTypeName(TokenType.Number)}' was expected.`, this);
  }
  /**
   * Asserts expected type and throws a good debug message if unexpected
   */
  assertString(objectDescription) {
    if (this.type === TokenType.String) {
      return this;
    }
    throw new TemplateTokenError(`Unexpected type '${this.typeName()}' encountered while reading '${objectDescription}'. The type '${tokenTypeName(TokenType.String)}' was expected.`, this);
  }
  /**
   * Asserts expected type and throws a good debug message if unexpected
   */
  assertScalar(objectDescription) {
    if (this?.isScalar === true) {
      return this;
    }
    throw new TemplateTokenError(`Unexpected type '${this.typeName()}' encountered while reading '${objectDescription}'. The type 'ScalarToken' was expected.`, this);
  }
  /**
   * Asserts expected type and throws a good debug message if unexpected
   */
  assertSequence(objectDescription) {
    if (this.type === TokenType.Sequence) {
      return this;
    }
    throw new TemplateTokenError(`Unexpected type '${this.typeName()}' encountered while reading '${objectDescription}'. The type '${tokenTypeName(TokenType.Sequence)}' was expected.`, this);
  }
  /**
   * Asserts expected type and throws a good debug message if unexpected
   */
  assertMapping(objectDescription) {
    if (this.type === TokenType.Mapping) {
      return this;
    }
    throw new TemplateTokenError(`Unexpected type '${this.typeName()}' encountered while reading '${objectDescription}'. The type '${tokenTypeName(TokenType.Mapping)}' was expected.`, this);
  }
  /**
   * Returns all tokens (depth first)
   * @param value The object to traverse
   * @param omitKeys Whether to omit mapping keys
   * @yields A tuple of [parent, token, keyToken, ancestors] for each token in the tree
   */
  static *traverse(value, omitKeys) {
    yield [void 0, value, void 0, []];
    switch (value.templateTokenType) {
      case TokenType.Sequence:
      case TokenType.Mapping: {
        let state = new TraversalState(void 0, value);
        state = new TraversalState(state, value);
        while (state.parent) {
          if (state.moveNext(omitKeys ?? false)) {
            value = state.current;
            yield [state.parent?.current, value, state.currentKey, state.getAncestors()];
            switch (value.type) {
              case TokenType.Sequence:
              case TokenType.Mapping:
                state = new TraversalState(state, value);
                break;
            }
          } else {
            state = state.parent;
          }
        }
        break;
      }
    }
  }
  toJSON() {
    return void 0;
  }
};

// node_modules/@actions/workflow-parser/dist/workflows/file-reference.js
function parseFileReference(ref) {
  if (ref.startsWith("./")) {
    return {
      path: ref.substring(2)
    };
  }
  if (ref.startsWith("$/")) {
    return {
      path: ref.substring(2)
    };
  }
  const [remotePath, version2] = ref.split("@");
  const [owner, repository, ...pathSegments] = remotePath.split("/").filter((s) => s.length > 0);
  if (!owner || !repository || !version2) {
    throw new Error(`Invalid file reference: ${ref}`);
  }
  return {
    repository,
    owner,
    path: pathSegments.join("/"),
    version: version2
  };
}

// node_modules/@actions/workflow-parser/dist/templates/template-validation-error.js
var TemplateValidationError = class {
  constructor(rawMessage, prefix, code, range) {
    this.rawMessage = rawMessage;
    this.prefix = prefix;
    this.code = code;
    this.range = range;
  }
  get message() {
    if (this.prefix) {
      return `${this.prefix}: ${this.rawMessage}`;
    }
    return this.rawMessage;
  }
  toString() {
    return this.message;
  }
};

// node_modules/@actions/workflow-parser/dist/templates/template-context.js
var TemplateContext = class {
  constructor(errors, schema3, trace) {
    this._fileIds = {};
    this._fileNames = [];
    this.expressionFunctions = [];
    this.expressionNamedContexts = [];
    this.state = {};
    this.errors = errors;
    this.schema = schema3;
    this.trace = trace;
  }
  error(tokenOrFileId, err, tokenRange) {
    const token = tokenOrFileId;
    const range = tokenRange || token?.range;
    const prefix = this.getErrorPrefix(token?.file ?? tokenOrFileId, token?.line, token?.col);
    const message = err?.message ?? String(err);
    const e = new TemplateValidationError(message, prefix, void 0, range);
    this.errors.add(e);
    this.trace.error(e.message);
  }
  /**
   * Gets or adds the file ID
   */
  getFileId(file) {
    const key = file.toUpperCase();
    let id = this._fileIds[key];
    if (id === void 0) {
      id = this._fileNames.length + 1;
      this._fileIds[key] = id;
      this._fileNames.push(file);
    }
    return id;
  }
  /**
   * Looks up a file name by ID. Returns undefined if not found.
   */
  getFileName(fileId) {
    return this._fileNames.length >= fileId ? this._fileNames[fileId - 1] : void 0;
  }
  /**
   * Gets a copy of the file table
   */
  getFileTable() {
    return this._fileNames.slice();
  }
  getErrorPrefix(fileId, line, column) {
    const fileName = fileId !== void 0 ? this.getFileName(fileId) : void 0;
    if (fileName) {
      if (line !== void 0 && column !== void 0) {
        return `${fileName} (Line: ${line}, Col: ${column})`;
      } else {
        return fileName;
      }
    } else if (line !== void 0 && column !== void 0) {
      return `(Line: ${line}, Col: ${column})`;
    } else {
      return "";
    }
  }
};
var TemplateValidationErrors = class {
  constructor(maxErrors, maxMessageLength) {
    this._errors = [];
    this._maxErrors = maxErrors ?? 0;
    this._maxMessageLength = maxMessageLength ?? 0;
  }
  get count() {
    return this._errors.length;
  }
  add(err) {
    for (let e of Array.isArray(err) ? err : [err]) {
      if (this._maxErrors <= 0 || this._errors.length < this._maxErrors) {
        if (this._maxMessageLength > 0 && e.message.length > this._maxMessageLength) {
          e = new TemplateValidationError(e.message.substring(0, this._maxMessageLength) + "[...]", e.prefix, e.code, e.range);
        }
        this._errors.push(e);
      }
    }
  }
  /**
   * Throws if any errors
   * @param prefix The error message prefix
   */
  check(prefix) {
    if (this._errors.length <= 0) {
      return;
    }
    if (!prefix) {
      prefix = "The template is not valid.";
    }
    throw new Error(`${prefix} ${this._errors.map((x) => x.message).join(",")}`);
  }
  clear() {
    this._errors = [];
  }
  getErrors() {
    return this._errors.slice();
  }
};

// node_modules/@actions/workflow-parser/dist/templates/schema/definition-info.js
var DefinitionInfo = class {
  constructor(schemaOrParent, nameOrDefinition) {
    this.isDefinitionInfo = true;
    const parent = schemaOrParent?.isDefinitionInfo === true ? schemaOrParent : void 0;
    this._schema = parent === void 0 ? schemaOrParent : parent._schema;
    this.definition = typeof nameOrDefinition === "string" ? this._schema.getDefinition(nameOrDefinition) : nameOrDefinition;
    if (this.definition.readerContext.length > 0) {
      this.allowedContext = [];
      const upperSeen = {};
      for (const context of parent?.allowedContext ?? []) {
        this.allowedContext.push(context);
        upperSeen[context.toUpperCase()] = true;
      }
      for (const context of this.definition.readerContext) {
        const upper = context.toUpperCase();
        if (!upperSeen[upper]) {
          this.allowedContext.push(context);
          upperSeen[upper] = true;
        }
      }
    } else {
      this.allowedContext = parent?.allowedContext ?? [];
    }
  }
  getScalarDefinitions() {
    return this._schema.getScalarDefinitions(this.definition);
  }
  getDefinitionsOfType(type) {
    return this._schema.getDefinitionsOfType(this.definition, type);
  }
};

// node_modules/@actions/workflow-parser/dist/templates/schema/definition-type.js
var DefinitionType;
(function(DefinitionType2) {
  DefinitionType2[DefinitionType2["Null"] = 0] = "Null";
  DefinitionType2[DefinitionType2["Boolean"] = 1] = "Boolean";
  DefinitionType2[DefinitionType2["Number"] = 2] = "Number";
  DefinitionType2[DefinitionType2["String"] = 3] = "String";
  DefinitionType2[DefinitionType2["Sequence"] = 4] = "Sequence";
  DefinitionType2[DefinitionType2["Mapping"] = 5] = "Mapping";
  DefinitionType2[DefinitionType2["OneOf"] = 6] = "OneOf";
  DefinitionType2[DefinitionType2["AllowedValues"] = 7] = "AllowedValues";
})(DefinitionType || (DefinitionType = {}));

// node_modules/@actions/workflow-parser/dist/templates/template-constants.js
var ALLOWED_VALUES = "allowed-values";
var ANY = "any";
var BOOLEAN = "boolean";
var BOOLEAN_DEFINITION = "boolean-definition";
var BOOLEAN_DEFINITION_PROPERTIES = "boolean-definition-properties";
var CLOSE_EXPRESSION = "}}";
var CONSTANT = "constant";
var CONTEXT = "context";
var DEFINITION = "definition";
var DEFINITIONS = "definitions";
var DESCRIPTION = "description";
var IGNORE_CASE = "ignore-case";
var INSERT_DIRECTIVE = "insert";
var IS_EXPRESSION = "is-expression";
var ITEM_TYPE = "item-type";
var LOOSE_KEY_TYPE = "loose-key-type";
var LOOSE_VALUE_TYPE = "loose-value-type";
var MAX_CONSTANT = "MAX";
var MAPPING = "mapping";
var MAPPING_DEFINITION = "mapping-definition";
var MAPPING_DEFINITION_PROPERTIES = "mapping-definition-properties";
var MAPPING_PROPERTY_VALUE = "mapping-property-value";
var NON_EMPTY_STRING = "non-empty-string";
var NULL = "null";
var NULL_DEFINITION = "null-definition";
var NULL_DEFINITION_PROPERTIES = "null-definition-properties";
var NUMBER = "number";
var NUMBER_DEFINITION = "number-definition";
var NUMBER_DEFINITION_PROPERTIES = "number-definition-properties";
var ONE_OF = "one-of";
var ONE_OF_DEFINITION = "one-of-definition";
var OPEN_EXPRESSION = "${{";
var PROPERTY_VALUE = "property-value";
var PROPERTIES = "properties";
var REQUIRED = "required";
var REQUIRE_NON_EMPTY = "require-non-empty";
var SCALAR = "scalar";
var SEQUENCE = "sequence";
var SEQUENCE_DEFINITION = "sequence-definition";
var SEQUENCE_DEFINITION_PROPERTIES = "sequence-definition-properties";
var TYPE = "type";
var SEQUENCE_OF_NON_EMPTY_STRING = "sequence-of-non-empty-string";
var STRING = "string";
var STRING_DEFINITION = "string-definition";
var STRING_DEFINITION_PROPERTIES = "string-definition-properties";
var TEMPLATE_SCHEMA = "template-schema";
var VERSION = "version";

// node_modules/@actions/workflow-parser/dist/templates/tokens/scalar-token.js
var ScalarToken = class extends TemplateToken {
  constructor(type, file, range, definitionInfo) {
    super(type, file, range, definitionInfo);
  }
  get isScalar() {
    return true;
  }
  static trimDisplayString(displayString) {
    let firstLine = displayString.trimStart();
    const firstNewLine = firstLine.indexOf("\n");
    const firstCarriageReturn = firstLine.indexOf("\r");
    if (firstNewLine >= 0 || firstCarriageReturn >= 0) {
      firstLine = firstLine.substr(0, Math.min(firstNewLine >= 0 ? firstNewLine : Number.MAX_VALUE, firstCarriageReturn >= 0 ? firstCarriageReturn : Number.MAX_VALUE));
    }
    return firstLine;
  }
};

// node_modules/@actions/workflow-parser/dist/templates/tokens/literal-token.js
var LiteralToken = class extends ScalarToken {
  constructor(type, file, range, definitionInfo) {
    super(type, file, range, definitionInfo);
  }
  get isLiteral() {
    return true;
  }
  get isExpression() {
    return false;
  }
  toDisplayString() {
    return ScalarToken.trimDisplayString(this.toString());
  }
  /**
   * Throws a good debug message when an unexpected literal value is encountered
   */
  assertUnexpectedValue(objectDescription) {
    throw new Error(`Error while reading '${objectDescription}'. Unexpected value '${this.toString()}'`);
  }
};

// node_modules/@actions/workflow-parser/dist/templates/tokens/string-token.js
var StringToken = class _StringToken extends LiteralToken {
  constructor(file, range, value, definitionInfo, source, blockScalarHeader) {
    super(TokenType.String, file, range, definitionInfo);
    this.value = value;
    this.source = source;
    this.blockScalarHeader = blockScalarHeader;
  }
  clone(omitSource) {
    return omitSource ? new _StringToken(void 0, void 0, this.value, this.definitionInfo, this.source, this.blockScalarHeader) : new _StringToken(this.file, this.range, this.value, this.definitionInfo, this.source, this.blockScalarHeader);
  }
  toString() {
    return this.value;
  }
  toJSON() {
    return this.value;
  }
};

// node_modules/@actions/workflow-parser/dist/templates/tokens/number-token.js
var NumberToken = class _NumberToken extends LiteralToken {
  constructor(file, range, value, definitionInfo) {
    super(TokenType.Number, file, range, definitionInfo);
    this.num = value;
  }
  get value() {
    return this.num;
  }
  clone(omitSource) {
    return omitSource ? new _NumberToken(void 0, void 0, this.num, this.definitionInfo) : new _NumberToken(this.file, this.range, this.num, this.definitionInfo);
  }
  toString() {
    return `${this.num}`;
  }
  toJSON() {
    return this.num;
  }
};

// node_modules/@actions/workflow-parser/dist/templates/tokens/boolean-token.js
var BooleanToken = class _BooleanToken extends LiteralToken {
  constructor(file, range, value, definitionInfo) {
    super(TokenType.Boolean, file, range, definitionInfo);
    this.bool = value;
  }
  get value() {
    return this.bool;
  }
  clone(omitSource) {
    return omitSource ? new _BooleanToken(void 0, void 0, this.bool, this.definitionInfo) : new _BooleanToken(this.file, this.range, this.bool, this.definitionInfo);
  }
  toString() {
    return this.bool ? "true" : "false";
  }
  toJSON() {
    return this.bool;
  }
};

// node_modules/@actions/workflow-parser/dist/templates/tokens/null-token.js
var NullToken = class _NullToken extends LiteralToken {
  constructor(file, range, definitionInfo) {
    super(TokenType.Null, file, range, definitionInfo);
  }
  clone(omitSource) {
    return omitSource ? new _NullToken(void 0, void 0, this.definitionInfo) : new _NullToken(this.file, this.range, this.definitionInfo);
  }
  toString() {
    return "";
  }
  toJSON() {
    return null;
  }
};

// node_modules/@actions/workflow-parser/dist/templates/tokens/key-value-pair.js
var KeyValuePair = class {
  constructor(key, value) {
    this.key = key;
    this.value = value;
  }
};

// node_modules/@actions/workflow-parser/dist/templates/tokens/sequence-token.js
var SequenceToken = class _SequenceToken extends TemplateToken {
  constructor(file, range, definitionInfo) {
    super(TokenType.Sequence, file, range, definitionInfo);
    this.seq = [];
  }
  get count() {
    return this.seq.length;
  }
  get isScalar() {
    return false;
  }
  get isLiteral() {
    return false;
  }
  get isExpression() {
    return false;
  }
  add(value) {
    this.seq.push(value);
  }
  get(index) {
    return this.seq[index];
  }
  clone(omitSource) {
    const result = omitSource ? new _SequenceToken(void 0, void 0, this.definitionInfo) : new _SequenceToken(this.file, this.range, this.definitionInfo);
    for (const item of this.seq) {
      result.add(item.clone(omitSource));
    }
    return result;
  }
  toJSON() {
    return {
      type: TokenType.Sequence,
      seq: this.seq
    };
  }
  *[Symbol.iterator]() {
    for (const item of this.seq) {
      yield item;
    }
  }
};

// node_modules/@actions/workflow-parser/dist/templates/tokens/mapping-token.js
var MappingToken = class _MappingToken extends TemplateToken {
  constructor(file, range, definitionInfo) {
    super(TokenType.Mapping, file, range, definitionInfo);
    this.map = [];
  }
  get count() {
    return this.map.length;
  }
  get isScalar() {
    return false;
  }
  get isLiteral() {
    return false;
  }
  get isExpression() {
    return false;
  }
  add(key, value) {
    this.map.push(new KeyValuePair(key, value));
  }
  get(index) {
    return this.map[index];
  }
  find(key) {
    const pair = this.map.find((pair2) => pair2.key.toString() === key);
    return pair?.value;
  }
  remove(index) {
    this.map.splice(index, 1);
  }
  clone(omitSource) {
    const result = omitSource ? new _MappingToken(void 0, void 0, this.definitionInfo) : new _MappingToken(this.file, this.range, this.definitionInfo);
    for (const item of this.map) {
      result.add(item.key.clone(omitSource), item.value.clone(omitSource));
    }
    return result;
  }
  toJSON() {
    const items = [];
    for (const item of this.map) {
      items.push({ Key: item.key, Value: item.value });
    }
    return {
      type: TokenType.Mapping,
      map: items
    };
  }
  *[Symbol.iterator]() {
    for (const item of this.map) {
      yield item;
    }
  }
};

// node_modules/@actions/expressions/dist/ast.js
var Expr = class {
};
var Literal = class extends Expr {
  constructor(literal2, token) {
    super();
    this.literal = literal2;
    this.token = token;
  }
  accept(v) {
    return v.visitLiteral(this);
  }
};
var Unary = class extends Expr {
  constructor(operator, expr) {
    super();
    this.operator = operator;
    this.expr = expr;
  }
  accept(v) {
    return v.visitUnary(this);
  }
};
var FunctionCall = class extends Expr {
  constructor(functionName, args) {
    super();
    this.functionName = functionName;
    this.args = args;
  }
  accept(v) {
    return v.visitFunctionCall(this);
  }
};
var Binary = class extends Expr {
  constructor(left, operator, right) {
    super();
    this.left = left;
    this.operator = operator;
    this.right = right;
  }
  accept(v) {
    return v.visitBinary(this);
  }
};
var Logical = class extends Expr {
  constructor(operator, args) {
    super();
    this.operator = operator;
    this.args = args;
  }
  accept(v) {
    return v.visitLogical(this);
  }
};
var Grouping = class extends Expr {
  constructor(group) {
    super();
    this.group = group;
  }
  accept(v) {
    return v.visitGrouping(this);
  }
};
var ContextAccess = class extends Expr {
  constructor(name) {
    super();
    this.name = name;
  }
  accept(v) {
    return v.visitContextAccess(this);
  }
};
var IndexAccess = class extends Expr {
  constructor(expr, index) {
    super();
    this.expr = expr;
    this.index = index;
  }
  accept(v) {
    return v.visitIndexAccess(this);
  }
};
var Star = class extends Expr {
  accept() {
    throw new Error("Method not implemented.");
  }
};

// node_modules/@actions/expressions/dist/data/expressiondata.js
var Kind;
(function(Kind2) {
  Kind2[Kind2["String"] = 0] = "String";
  Kind2[Kind2["Array"] = 1] = "Array";
  Kind2[Kind2["Dictionary"] = 2] = "Dictionary";
  Kind2[Kind2["Boolean"] = 3] = "Boolean";
  Kind2[Kind2["Number"] = 4] = "Number";
  Kind2[Kind2["CaseSensitiveDictionary"] = 5] = "CaseSensitiveDictionary";
  Kind2[Kind2["Null"] = 6] = "Null";
})(Kind || (Kind = {}));
function kindStr(k) {
  switch (k) {
    case Kind.Array:
      return "Array";
    case Kind.Boolean:
      return "Boolean";
    case Kind.Null:
      return "Null";
    case Kind.Number:
      return "Number";
    case Kind.Dictionary:
      return "Object";
    case Kind.String:
      return "String";
  }
  return "unknown";
}

// node_modules/@actions/expressions/dist/data/dictionary.js
var Dictionary = class {
  constructor(...pairs) {
    this.keys = [];
    this.v = [];
    this.indexMap = {};
    this.kind = Kind.Dictionary;
    this.primitive = false;
    for (const p of pairs) {
      this.add(p.key, p.value);
    }
  }
  coerceString() {
    return kindStr(this.kind);
  }
  number() {
    return NaN;
  }
  add(key, value) {
    if (key.toLowerCase() in this.indexMap) {
      return;
    }
    this.keys.push(key);
    this.v.push(value);
    this.indexMap[key.toLowerCase()] = this.v.length - 1;
  }
  get(key) {
    const index = this.indexMap[key.toLowerCase()];
    if (index === void 0) {
      return void 0;
    }
    return this.v[index];
  }
  values() {
    return this.v;
  }
  pairs() {
    const result = [];
    for (const key of this.keys) {
      result.push({ key, value: this.v[this.indexMap[key.toLowerCase()]] });
    }
    return result;
  }
};

// node_modules/@actions/expressions/dist/data/index.js
var data_exports = {};
__export(data_exports, {
  Array: () => Array2,
  BooleanData: () => BooleanData,
  Dictionary: () => Dictionary,
  Kind: () => Kind,
  Null: () => Null,
  NumberData: () => NumberData,
  StringData: () => StringData,
  replacer: () => replacer,
  reviver: () => reviver
});

// node_modules/@actions/expressions/dist/data/array.js
var Array2 = class {
  constructor(...data) {
    this.v = [];
    this.kind = Kind.Array;
    this.primitive = false;
    for (const d of data) {
      this.add(d);
    }
  }
  coerceString() {
    return kindStr(this.kind);
  }
  number() {
    return NaN;
  }
  add(value) {
    this.v.push(value);
  }
  get(index) {
    return this.v[index];
  }
  values() {
    return this.v;
  }
};

// node_modules/@actions/expressions/dist/data/boolean.js
var BooleanData = class {
  constructor(value) {
    this.value = value;
    this.kind = Kind.Boolean;
    this.primitive = true;
  }
  coerceString() {
    if (this.value) {
      return "true";
    }
    return "false";
  }
  number() {
    if (this.value) {
      return 1;
    }
    return 0;
  }
};

// node_modules/@actions/expressions/dist/data/null.js
var Null = class {
  constructor() {
    this.kind = Kind.Null;
    this.primitive = true;
  }
  coerceString() {
    return "";
  }
  number() {
    return 0;
  }
};

// node_modules/@actions/expressions/dist/data/number.js
var NumberData = class {
  constructor(value) {
    this.value = value;
    this.kind = Kind.Number;
    this.primitive = true;
  }
  coerceString() {
    if (this.value === 0) {
      return "0";
    }
    return (+this.value.toFixed(15)).toString();
  }
  number() {
    return this.value;
  }
};

// node_modules/@actions/expressions/dist/data/string.js
var StringData = class {
  constructor(value) {
    this.value = value;
    this.kind = Kind.String;
    this.primitive = true;
  }
  coerceString() {
    return this.value;
  }
  number() {
    return Number(this.value);
  }
};

// node_modules/@actions/expressions/dist/data/replacer.js
function replacer(_key, value) {
  if (value instanceof Null) {
    return null;
  }
  if (value instanceof BooleanData) {
    return value.value;
  }
  if (value instanceof NumberData) {
    return value.number();
  }
  if (value instanceof StringData) {
    return value.coerceString();
  }
  if (value instanceof Array2) {
    return value.values();
  }
  if (value instanceof Dictionary) {
    const pairs = value.pairs();
    const r = {};
    for (const p of pairs) {
      r[p.key] = p.value;
    }
    return r;
  }
  return value;
}

// node_modules/@actions/expressions/dist/data/reviver.js
function reviver(_key, val) {
  if (val === null) {
    return new Null();
  }
  if (typeof val === "string") {
    return new StringData(val);
  }
  if (typeof val === "number") {
    return new NumberData(val);
  }
  if (typeof val === "boolean") {
    return new BooleanData(val);
  }
  if (Array.isArray(val)) {
    return new Array2(...val);
  }
  if (typeof val === "object") {
    return new Dictionary(...Object.keys(val).map((k) => ({
      key: k,
      value: val[k]
    })));
  }
  return val;
}

// node_modules/@actions/expressions/dist/filtered_array.js
var FilteredArray = class extends Array2 {
};

// node_modules/@actions/expressions/dist/lexer.js
var TokenType2;
(function(TokenType3) {
  TokenType3[TokenType3["UNKNOWN"] = 0] = "UNKNOWN";
  TokenType3[TokenType3["LEFT_PAREN"] = 1] = "LEFT_PAREN";
  TokenType3[TokenType3["RIGHT_PAREN"] = 2] = "RIGHT_PAREN";
  TokenType3[TokenType3["LEFT_BRACKET"] = 3] = "LEFT_BRACKET";
  TokenType3[TokenType3["RIGHT_BRACKET"] = 4] = "RIGHT_BRACKET";
  TokenType3[TokenType3["COMMA"] = 5] = "COMMA";
  TokenType3[TokenType3["DOT"] = 6] = "DOT";
  TokenType3[TokenType3["BANG"] = 7] = "BANG";
  TokenType3[TokenType3["BANG_EQUAL"] = 8] = "BANG_EQUAL";
  TokenType3[TokenType3["EQUAL_EQUAL"] = 9] = "EQUAL_EQUAL";
  TokenType3[TokenType3["GREATER"] = 10] = "GREATER";
  TokenType3[TokenType3["GREATER_EQUAL"] = 11] = "GREATER_EQUAL";
  TokenType3[TokenType3["LESS"] = 12] = "LESS";
  TokenType3[TokenType3["LESS_EQUAL"] = 13] = "LESS_EQUAL";
  TokenType3[TokenType3["AND"] = 14] = "AND";
  TokenType3[TokenType3["OR"] = 15] = "OR";
  TokenType3[TokenType3["STAR"] = 16] = "STAR";
  TokenType3[TokenType3["NUMBER"] = 17] = "NUMBER";
  TokenType3[TokenType3["STRING"] = 18] = "STRING";
  TokenType3[TokenType3["IDENTIFIER"] = 19] = "IDENTIFIER";
  TokenType3[TokenType3["TRUE"] = 20] = "TRUE";
  TokenType3[TokenType3["FALSE"] = 21] = "FALSE";
  TokenType3[TokenType3["NULL"] = 22] = "NULL";
  TokenType3[TokenType3["EOF"] = 23] = "EOF";
})(TokenType2 || (TokenType2 = {}));
function tokenString(tok) {
  switch (tok.type) {
    case TokenType2.EOF:
      return "EOF";
    case TokenType2.NUMBER:
      return tok.lexeme;
    case TokenType2.STRING:
      return tok.value.toString();
    default:
      return tok.lexeme;
  }
}
var Lexer = class {
  constructor(input) {
    this.input = input;
    this.start = 0;
    this.offset = 0;
    this.line = 0;
    this.lastLineOffset = 0;
    this.tokens = [];
  }
  lex() {
    if (this.input.length > MAX_EXPRESSION_LENGTH) {
      throw new Error("ErrorExceededMaxLength");
    }
    while (!this.atEnd()) {
      this.start = this.offset;
      const c = this.next();
      switch (c) {
        case "(":
          this.addToken(TokenType2.LEFT_PAREN);
          break;
        case ")":
          this.addToken(TokenType2.RIGHT_PAREN);
          break;
        case "[":
          this.addToken(TokenType2.LEFT_BRACKET);
          break;
        case "]":
          this.addToken(TokenType2.RIGHT_BRACKET);
          break;
        case ",":
          this.addToken(TokenType2.COMMA);
          break;
        case ".":
          if (this.previous() != TokenType2.IDENTIFIER && this.previous() != TokenType2.RIGHT_BRACKET && this.previous() != TokenType2.RIGHT_PAREN && this.previous() != TokenType2.STAR) {
            this.consumeNumber();
          } else {
            this.addToken(TokenType2.DOT);
          }
          break;
        case "-":
        case "+":
          this.consumeNumber();
          break;
        case "!":
          this.addToken(this.match("=") ? TokenType2.BANG_EQUAL : TokenType2.BANG);
          break;
        case "=":
          if (!this.match("=")) {
            this.consumeIdentifier();
            break;
          }
          this.addToken(TokenType2.EQUAL_EQUAL);
          break;
        case "<":
          this.addToken(this.match("=") ? TokenType2.LESS_EQUAL : TokenType2.LESS);
          break;
        case ">":
          this.addToken(this.match("=") ? TokenType2.GREATER_EQUAL : TokenType2.GREATER);
          break;
        case "&":
          if (!this.match("&")) {
            this.consumeIdentifier();
            break;
          }
          this.addToken(TokenType2.AND);
          break;
        case "|":
          if (!this.match("|")) {
            this.consumeIdentifier();
            break;
          }
          this.addToken(TokenType2.OR);
          break;
        case "*":
          this.addToken(TokenType2.STAR);
          break;
        // Ignore whitespace.
        case " ":
        case "\r":
        case "	":
          break;
        case "\n":
          ++this.line;
          this.lastLineOffset = this.offset;
          break;
        case "'":
          this.consumeString();
          break;
        default:
          switch (true) {
            case isDigit(c):
              this.consumeNumber();
              break;
            default:
              this.consumeIdentifier();
              break;
          }
      }
    }
    this.tokens.push({
      type: TokenType2.EOF,
      lexeme: "",
      range: this.range()
    });
    return {
      tokens: this.tokens
    };
  }
  pos() {
    return {
      line: this.line,
      column: this.start - this.lastLineOffset
    };
  }
  endPos() {
    return {
      line: this.line,
      column: this.offset - this.lastLineOffset
    };
  }
  range() {
    return {
      start: this.pos(),
      end: this.endPos()
    };
  }
  atEnd() {
    return this.offset >= this.input.length;
  }
  peek() {
    if (this.atEnd()) {
      return "\0";
    }
    return this.input[this.offset];
  }
  peekNext() {
    if (this.offset + 1 >= this.input.length) {
      return "\0";
    }
    return this.input[this.offset + 1];
  }
  previous() {
    const l = this.tokens.length;
    if (l == 0) {
      return TokenType2.EOF;
    }
    return this.tokens[l - 1].type;
  }
  next() {
    return this.input[this.offset++];
  }
  match(expected) {
    if (this.atEnd()) {
      return false;
    }
    if (this.input[this.offset] !== expected) {
      return false;
    }
    this.offset++;
    return true;
  }
  addToken(type, value) {
    this.tokens.push({
      type,
      lexeme: this.input.substring(this.start, this.offset),
      range: this.range(),
      value
    });
  }
  consumeNumber() {
    while (!this.atEnd() && (!isBoundary(this.peek()) || this.peek() == ".")) {
      this.next();
    }
    const lexeme = this.input.substring(this.start, this.offset);
    const value = new StringData(lexeme).number();
    if (isNaN(value)) {
      throw new Error(`Unexpected symbol: '${lexeme}'. Located at position ${this.start + 1} within expression: ${this.input}`);
    }
    this.addToken(TokenType2.NUMBER, value);
  }
  consumeString() {
    while ((this.peek() !== "'" || this.peekNext() === "'") && !this.atEnd()) {
      if (this.peek() === "\n")
        this.line++;
      if (this.peek() === "'" && this.peekNext() === "'") {
        this.next();
      }
      this.next();
    }
    if (this.atEnd()) {
      throw new Error(`Unexpected symbol: '${this.input.substring(this.start)}'. Located at position ${this.start + 1} within expression: ${this.input}`);
    }
    this.next();
    let value = this.input.substring(this.start + 1, this.offset - 1);
    value = value.replace("''", "'");
    this.addToken(TokenType2.STRING, value);
  }
  consumeIdentifier() {
    while (!this.atEnd() && !isBoundary(this.peek())) {
      this.next();
    }
    let tokenType = TokenType2.IDENTIFIER;
    let tokenValue = void 0;
    const lexeme = this.input.substring(this.start, this.offset);
    if (this.previous() != TokenType2.DOT) {
      switch (lexeme) {
        case "true":
          tokenType = TokenType2.TRUE;
          break;
        case "false":
          tokenType = TokenType2.FALSE;
          break;
        case "null":
          tokenType = TokenType2.NULL;
          break;
        case "NaN":
          tokenType = TokenType2.NUMBER;
          tokenValue = NaN;
          break;
        case "Infinity":
          tokenType = TokenType2.NUMBER;
          tokenValue = Infinity;
          break;
      }
    }
    if (!isLegalIdentifier(lexeme)) {
      throw new Error(`Unexpected symbol: '${lexeme}'. Located at position ${this.start + 1} within expression: ${this.input}`);
    }
    this.addToken(tokenType, tokenValue);
  }
};
function isDigit(c) {
  return c >= "0" && c <= "9";
}
function isBoundary(c) {
  switch (c) {
    case "(":
    case "[":
    case ")":
    case "]":
    case ",":
    case ".":
    case "!":
    case ">":
    case "<":
    case "=":
    case "&":
    case "|":
      return true;
  }
  return /\s/.test(c);
}
function isLegalIdentifier(str2) {
  if (str2 == "") {
    return false;
  }
  const first = str2[0];
  if (first >= "a" && first <= "z" || first >= "A" && first <= "Z" || first == "_") {
    for (const c of str2.substring(1).split("")) {
      if (c >= "a" && c <= "z" || c >= "A" && c <= "Z" || c >= "0" && c <= "9" || c == "_" || c == "-") {
      } else {
        return false;
      }
    }
    return true;
  }
  return false;
}

// node_modules/@actions/expressions/dist/errors.js
var MAX_PARSER_DEPTH = 50;
var MAX_EXPRESSION_LENGTH = 21e3;
var ErrorType;
(function(ErrorType2) {
  ErrorType2[ErrorType2["ErrorUnexpectedSymbol"] = 0] = "ErrorUnexpectedSymbol";
  ErrorType2[ErrorType2["ErrorUnrecognizedNamedValue"] = 1] = "ErrorUnrecognizedNamedValue";
  ErrorType2[ErrorType2["ErrorUnexpectedEndOfExpression"] = 2] = "ErrorUnexpectedEndOfExpression";
  ErrorType2[ErrorType2["ErrorExceededMaxDepth"] = 3] = "ErrorExceededMaxDepth";
  ErrorType2[ErrorType2["ErrorExceededMaxLength"] = 4] = "ErrorExceededMaxLength";
  ErrorType2[ErrorType2["ErrorTooFewParameters"] = 5] = "ErrorTooFewParameters";
  ErrorType2[ErrorType2["ErrorTooManyParameters"] = 6] = "ErrorTooManyParameters";
  ErrorType2[ErrorType2["ErrorEvenParameters"] = 7] = "ErrorEvenParameters";
  ErrorType2[ErrorType2["ErrorUnrecognizedContext"] = 8] = "ErrorUnrecognizedContext";
  ErrorType2[ErrorType2["ErrorUnrecognizedFunction"] = 9] = "ErrorUnrecognizedFunction";
})(ErrorType || (ErrorType = {}));
var ExpressionError = class extends Error {
  constructor(typ, tok) {
    super(`${errorDescription(typ)}: '${tokenString(tok)}'`);
    this.typ = typ;
    this.tok = tok;
    this.pos = this.tok.range.start;
  }
};
function errorDescription(typ) {
  switch (typ) {
    case ErrorType.ErrorUnexpectedEndOfExpression:
      return "Unexpected end of expression";
    case ErrorType.ErrorUnexpectedSymbol:
      return "Unexpected symbol";
    case ErrorType.ErrorUnrecognizedNamedValue:
      return "Unrecognized named-value";
    case ErrorType.ErrorExceededMaxDepth:
      return `Exceeded max expression depth ${MAX_PARSER_DEPTH}`;
    case ErrorType.ErrorExceededMaxLength:
      return `Exceeded max expression length ${MAX_EXPRESSION_LENGTH}`;
    case ErrorType.ErrorTooFewParameters:
      return "Too few parameters supplied";
    case ErrorType.ErrorTooManyParameters:
      return "Too many parameters supplied";
    case ErrorType.ErrorEvenParameters:
      return "Even number of parameters supplied, requires an odd number of parameters";
    case ErrorType.ErrorUnrecognizedContext:
      return "Unrecognized named-value";
    case ErrorType.ErrorUnrecognizedFunction:
      return "Unrecognized function";
    default:
      return "Unknown error";
  }
}
var ExpressionEvaluationError = class extends Error {
};

// node_modules/@actions/expressions/dist/funcs/case.js
var caseFunc = {
  name: "case",
  description: "`case( pred1, val1, pred2, val2, ..., default )`\n\nEvaluates predicates in order and returns the value corresponding to the first predicate that evaluates to `true`. If no predicate matches, it returns the last argument as the default value.",
  minArgs: 3,
  maxArgs: Number.MAX_SAFE_INTEGER,
  call: (...args) => {
    for (let i = 0; i < args.length - 1; i += 2) {
      const predicate = args[i];
      if (predicate.kind !== Kind.Boolean) {
        throw new Error("case predicate must evaluate to a boolean value");
      }
      if (predicate.value) {
        return args[i + 1];
      }
    }
    return args[args.length - 1];
  }
};

// node_modules/@actions/expressions/dist/result.js
function falsy(d) {
  switch (d.kind) {
    case Kind.Null:
      return true;
    case Kind.Boolean:
      return !d.value;
    case Kind.Number: {
      const dv = d.value;
      return dv === 0 || isNaN(dv);
    }
    case Kind.String:
      return d.value.length === 0;
  }
  return false;
}
function truthy(d) {
  return !falsy(d);
}
function coerceTypes(li, ri) {
  let lv = li;
  let rv = ri;
  if (li.kind === ri.kind) {
    return [lv, rv];
  }
  switch (li.kind) {
    // Number, String
    case Kind.Number:
      if (ri.kind === Kind.String) {
        rv = new NumberData(ri.number());
        return [lv, rv];
      }
      break;
    // String, Number
    case Kind.String:
      if (ri.kind === Kind.Number) {
        lv = new NumberData(li.number());
        return [lv, rv];
      }
      break;
    // Boolean|Null, Any
    case Kind.Null:
    case Kind.Boolean:
      lv = new NumberData(li.number());
      return coerceTypes(lv, rv);
  }
  switch (ri.kind) {
    case Kind.Null:
    case Kind.Boolean:
      rv = new NumberData(ri.number());
      return coerceTypes(lv, rv);
  }
  return [lv, rv];
}
function equals(lhs, rhs) {
  const [lv, rv] = coerceTypes(lhs, rhs);
  if (lv.kind != rv.kind) {
    return false;
  }
  switch (lv.kind) {
    // Null, Null
    case Kind.Null:
      return true;
    // Number, Number
    case Kind.Number: {
      const ld = lv.value;
      const rd = rv.value;
      if (isNaN(ld) || isNaN(rd)) {
        return false;
      }
      return ld == rd;
    }
    // String, String
    case Kind.String: {
      const ls = lv.value;
      const rs = rv.value;
      return toUpperSpecial(ls) === toUpperSpecial(rs);
    }
    // Boolean, Boolean
    case Kind.Boolean: {
      const lb = lv.value;
      const rb = rv.value;
      return lb == rb;
    }
    // Object, Object
    case Kind.Dictionary:
    case Kind.Array:
      return lv === rv;
  }
  return false;
}
function greaterThan(lhs, rhs) {
  const [lv, rv] = coerceTypes(lhs, rhs);
  if (lv.kind != rv.kind) {
    return false;
  }
  switch (lv.kind) {
    // Number, Number
    case Kind.Number: {
      const lf = lv.value;
      const rf = rv.value;
      if (isNaN(lf) || isNaN(rf)) {
        return false;
      }
      return lf > rf;
    }
    // String, String
    case Kind.String: {
      let ls = lv.value;
      let rs = rv.value;
      ls = toUpperSpecial(ls);
      rs = toUpperSpecial(rs);
      return ls > rs;
    }
    // Boolean, Boolean
    case Kind.Boolean: {
      const lb = lv.value;
      const rb = rv.value;
      return lb && !rb;
    }
  }
  return false;
}
function lessThan(lhs, rhs) {
  const [lv, rv] = coerceTypes(lhs, rhs);
  if (lv.kind != rv.kind) {
    return false;
  }
  switch (lv.kind) {
    // Number, Number
    case Kind.Number: {
      const lf = lv.value;
      const rf = rv.value;
      if (isNaN(lf) || isNaN(rf)) {
        return false;
      }
      return lf < rf;
    }
    // String, String
    case Kind.String: {
      let ls = lv.value;
      let rs = rv.value;
      ls = toUpperSpecial(ls);
      rs = toUpperSpecial(rs);
      return ls < rs;
    }
    // Boolean, Boolean
    case Kind.Boolean: {
      const lb = lv.value;
      const rb = rv.value;
      return !lb && rb;
    }
  }
  return false;
}
function toUpperSpecial(s) {
  const sb = [];
  let i = 0;
  const len = s.length;
  let found = s.indexOf("\u0131");
  while (i < len) {
    if (i < found) {
      sb.push(s.substring(i, found).toUpperCase());
      i = found;
    } else if (i == found) {
      sb.push(s.substring(i, i + 1));
      i += 1;
      found = s.indexOf("\u0131", i);
    } else {
      sb.push(s.substring(i).toUpperCase());
      break;
    }
  }
  return sb.join("");
}

// node_modules/@actions/expressions/dist/funcs/contains.js
var contains = {
  name: "contains",
  description: "`contains( search, item )`\n\nReturns `true` if `search` contains `item`. If `search` is an array, this function returns `true` if the `item` is an element in the array. If `search` is a string, this function returns `true` if the `item` is a substring of `search`. This function is not case sensitive. Casts values to a string.",
  minArgs: 2,
  maxArgs: 2,
  call: (...args) => {
    const left = args[0];
    const right = args[1];
    if (left.primitive) {
      const ls = left.coerceString();
      if (right.primitive) {
        const rs = right.coerceString();
        return new BooleanData(ls.toLowerCase().includes(rs.toLowerCase()));
      }
    } else if (left.kind === Kind.Array) {
      const la = left;
      if (la.values().length === 0) {
        return new BooleanData(false);
      }
      for (const v of la.values()) {
        if (equals(right, v)) {
          return new BooleanData(true);
        }
      }
    }
    return new BooleanData(false);
  }
};

// node_modules/@actions/expressions/dist/funcs/endswith.js
var endswith = {
  name: "endsWith",
  description: "`endsWith( searchString, searchValue )`\n\nReturns `true` if `searchString` ends with `searchValue`. This function is not case sensitive. Casts values to a string.",
  minArgs: 2,
  maxArgs: 2,
  call: (...args) => {
    const left = args[0];
    if (!left.primitive) {
      return new BooleanData(false);
    }
    const right = args[1];
    if (!right.primitive) {
      return new BooleanData(false);
    }
    const ls = toUpperSpecial(left.coerceString());
    const rs = toUpperSpecial(right.coerceString());
    return new BooleanData(ls.endsWith(rs));
  }
};

// node_modules/@actions/expressions/dist/funcs/format.js
var format = {
  name: "format",
  description: "`format( string, replaceValue0, replaceValue1, ..., replaceValueN)`\n\nReplaces values in the `string`, with the variable `replaceValueN`. Variables in the `string` are specified using the `{N}` syntax, where `N` is an integer. You must specify at least one `replaceValue` and `string`. There is no maximum for the number of variables (`replaceValueN`) you can use. Escape curly braces using double braces.",
  minArgs: 1,
  maxArgs: 255,
  call: (...args) => {
    const fs = args[0].coerceString();
    const result = [];
    let index = 0;
    while (index < fs.length) {
      const lbrace = fs.indexOf("{", index);
      const rbrace = fs.indexOf("}", index);
      if (lbrace >= 0 && (rbrace < 0 || rbrace > lbrace)) {
        if (safeCharAt(fs, lbrace + 1) === "{") {
          result.push(fs.substr(index, lbrace - index + 1));
          index = lbrace + 2;
          continue;
        }
        if (rbrace > lbrace + 1) {
          const argIndex = readArgIndex(fs, lbrace + 1);
          if (argIndex.success) {
            if (1 + argIndex.result > args.length - 1) {
              throw new Error(`The following format string references more arguments than were supplied: ${fs}`);
            }
            if (lbrace > index) {
              result.push(fs.substr(index, lbrace - index));
            }
            result.push(`${args[1 + argIndex.result].coerceString()}`);
            index = rbrace + 1;
            continue;
          }
        }
        throw new Error(`The following format string is invalid: ${fs}`);
      } else if (rbrace >= 0) {
        if (safeCharAt(fs, rbrace + 1) === "}") {
          result.push(fs.substr(index, rbrace - index + 1));
          index = rbrace + 2;
        } else {
          throw new Error(`The following format string is invalid: ${fs}`);
        }
      } else {
        result.push(fs.substr(index));
        break;
      }
    }
    return new StringData(result.join(""));
  }
};
function safeCharAt(string, index) {
  if (string.length > index) {
    return string[index];
  }
  return "\0";
}
function readArgIndex(string, startIndex) {
  let length = 0;
  for (; ; ) {
    const nextChar = safeCharAt(string, startIndex + length);
    if (nextChar >= "0" && nextChar <= "9") {
      length++;
    } else {
      break;
    }
  }
  if (length < 1) {
    return {
      success: false
    };
  }
  const endIndex = startIndex + length - 1;
  const result = parseInt(string.substr(startIndex, length));
  return {
    success: !isNaN(result),
    result,
    endIndex
  };
}

// node_modules/@actions/expressions/dist/funcs/fromjson.js
var fromjson = {
  name: "fromJson",
  description: "`fromJSON(value)`\n\nReturns a JSON object or JSON data type for `value`. You can use this function to provide a JSON object as an evaluated expression or to convert environment variables from a string.",
  minArgs: 1,
  maxArgs: 1,
  call: (...args) => {
    const input = args[0];
    const is = input.coerceString();
    if (is.trim() === "") {
      throw new Error("empty input");
    }
    try {
      return JSON.parse(is, reviver);
    } catch (e) {
      throw new ExpressionEvaluationError("Error parsing JSON when evaluating fromJson", { cause: e });
    }
  }
};

// node_modules/@actions/expressions/dist/funcs/join.js
var join = {
  name: "join",
  description: "`join( array, optionalSeparator )`\n\nThe value for `array` can be an array or a string. All values in `array` are concatenated into a string. If you provide `optionalSeparator`, it is inserted between the concatenated values. Otherwise, the default separator `,` is used. Casts values to a string.",
  minArgs: 1,
  maxArgs: 2,
  call: (...args) => {
    if (args[0].primitive) {
      return new StringData(args[0].coerceString());
    }
    if (args[0].kind === Kind.Array) {
      let separator = ",";
      if (args.length > 1 && args[1].primitive) {
        separator = args[1].coerceString();
      }
      return new StringData(args[0].values().map((item) => item.coerceString()).join(separator));
    }
    return new StringData("");
  }
};

// node_modules/@actions/expressions/dist/funcs/startswith.js
var startswith = {
  name: "startsWith",
  description: "`startsWith( searchString, searchValue )`\n\nReturns `true` when `searchString` starts with `searchValue`. This function is not case sensitive. Casts values to a string.",
  minArgs: 2,
  maxArgs: 2,
  call: (...args) => {
    const left = args[0];
    if (!left.primitive) {
      return new BooleanData(false);
    }
    const right = args[1];
    if (!right.primitive) {
      return new BooleanData(false);
    }
    const ls = toUpperSpecial(left.coerceString());
    const rs = toUpperSpecial(right.coerceString());
    return new BooleanData(ls.startsWith(rs));
  }
};

// node_modules/@actions/expressions/dist/funcs/tojson.js
var tojson = {
  name: "toJson",
  description: "`toJSON(value)`\n\nReturns a pretty-print JSON representation of `value`. You can use this function to debug the information provided in contexts.",
  minArgs: 1,
  maxArgs: 1,
  call: (...args) => {
    return new StringData(JSON.stringify(args[0], replacer, "  "));
  }
};

// node_modules/@actions/expressions/dist/funcs.js
var wellKnownFunctions = {
  case: caseFunc,
  contains,
  endswith,
  format,
  fromjson,
  join,
  startswith,
  tojson
};
function validateFunction(context, identifier, argCount) {
  const name = identifier.lexeme.toLowerCase();
  let f;
  f = wellKnownFunctions[name];
  if (!f) {
    f = context.extensionFunctions.get(name);
    if (!f) {
      if (!context.allowUnknownKeywords) {
        throw new ExpressionError(ErrorType.ErrorUnrecognizedFunction, identifier);
      }
      return;
    }
  }
  if (argCount < f.minArgs) {
    throw new ExpressionError(ErrorType.ErrorTooFewParameters, identifier);
  }
  if (argCount > f.maxArgs) {
    throw new ExpressionError(ErrorType.ErrorTooManyParameters, identifier);
  }
  if (name === "case" && argCount % 2 === 0) {
    throw new ExpressionError(ErrorType.ErrorEvenParameters, identifier);
  }
}

// node_modules/@actions/expressions/dist/idxHelper.js
var idxHelper = class {
  constructor(star, idx) {
    this.star = star;
    if (!idx) {
      return;
    }
    if (!star) {
      if (idx.primitive) {
        this.str = idx.coerceString();
      }
      let f = idx.number();
      if (!isNaN(f) && isFinite(f) && f >= 0) {
        f = Math.floor(f);
        this.int = f;
      }
    }
  }
};

// node_modules/@actions/expressions/dist/evaluator.js
var Evaluator = class {
  /**
   * Creates a new evaluator
   * @param n Parsed expression to evaluate
   * @param context Context data to use
   * @param functions Optional map of function implementations. If given, these will be preferred over the built-in functions.
   */
  constructor(n, context, functions) {
    this.n = n;
    this.context = context;
    this.functions = functions;
  }
  evaluate() {
    return this.eval(this.n);
  }
  eval(n) {
    return n.accept(this);
  }
  visitLiteral(literal2) {
    return literal2.literal;
  }
  visitUnary(unary) {
    const r = this.eval(unary.expr);
    if (unary.operator.type === TokenType2.BANG) {
      return new BooleanData(falsy(r));
    }
    throw new Error(`unknown unary operator: ${unary.operator.lexeme}`);
  }
  visitBinary(binary) {
    const left = this.eval(binary.left);
    const right = this.eval(binary.right);
    switch (binary.operator.type) {
      case TokenType2.EQUAL_EQUAL:
        return new BooleanData(equals(left, right));
      case TokenType2.BANG_EQUAL:
        return new BooleanData(!equals(left, right));
      case TokenType2.GREATER:
        return new BooleanData(greaterThan(left, right));
      case TokenType2.GREATER_EQUAL:
        return new BooleanData(equals(left, right) || greaterThan(left, right));
      case TokenType2.LESS:
        return new BooleanData(lessThan(left, right));
      case TokenType2.LESS_EQUAL:
        return new BooleanData(equals(left, right) || lessThan(left, right));
    }
    throw new Error(`unknown binary operator: ${binary.operator.lexeme}`);
  }
  visitLogical(logical) {
    let result;
    for (const arg of logical.args) {
      result = this.eval(arg);
      if (logical.operator.type === TokenType2.AND && falsy(result) || logical.operator.type === TokenType2.OR && truthy(result)) {
        break;
      }
    }
    return result;
  }
  visitGrouping(grouping) {
    return this.eval(grouping.group);
  }
  visitContextAccess(contextAccess) {
    const r = this.context.get(contextAccess.name.lexeme);
    return r;
  }
  visitIndexAccess(ia) {
    let idx;
    if (ia.index instanceof Star) {
      idx = new idxHelper(true, void 0);
    } else {
      let idxResult;
      try {
        idxResult = this.eval(ia.index);
      } catch (e) {
        throw new Error(`could not evaluate index for index access: ${e.message}`, { cause: e });
      }
      idx = new idxHelper(false, idxResult);
    }
    const objResult = this.eval(ia.expr);
    let result;
    switch (objResult.kind) {
      case Kind.Array: {
        const tobjResult = objResult;
        if (tobjResult instanceof FilteredArray) {
          result = filteredArrayAccess(tobjResult, idx);
        } else {
          result = arrayAccess(tobjResult, idx);
        }
        break;
      }
      case Kind.Dictionary: {
        const tobjResult = objResult;
        result = objectAccess(tobjResult, idx);
        break;
      }
      default:
        if (idx.star) {
          result = new FilteredArray();
        } else {
          result = new Null();
        }
    }
    return result;
  }
  visitFunctionCall(functionCall) {
    const args = functionCall.args.map((arg) => this.eval(arg));
    const functionName = functionCall.functionName.lexeme.toLowerCase();
    const f = this.functions?.get(functionName) || wellKnownFunctions[functionName];
    return f.call(...args);
  }
};
function filteredArrayAccess(fa, idx) {
  const result = new FilteredArray();
  for (const item of fa.values()) {
    switch (item.kind) {
      case Kind.Dictionary: {
        const ti = item;
        if (idx.star) {
          for (const v of ti.values()) {
            result.add(v);
          }
        } else if (idx.str !== void 0) {
          const v = ti.get(idx.str);
          if (v !== void 0) {
            result.add(v);
          }
        }
        break;
      }
      case Kind.Array: {
        const ti = item;
        if (idx.star) {
          for (const v of ti.values()) {
            result.add(v);
          }
        } else if (idx.int !== void 0 && idx.int < ti.values().length) {
          result.add(ti.get(idx.int));
        }
        break;
      }
    }
  }
  return result;
}
function arrayAccess(a, idx) {
  if (idx.star) {
    const fa = new FilteredArray();
    for (const item of a.values()) {
      fa.add(item);
    }
    return fa;
  }
  if (idx.int !== void 0 && idx.int < a.values().length) {
    return a.get(idx.int);
  }
  return new Null();
}
function objectAccess(obj, idx) {
  if (idx.star) {
    const fa = new FilteredArray(...obj.values());
    return fa;
  }
  if (idx.str !== void 0) {
    const r = obj.get(idx.str);
    if (r !== void 0) {
      return r;
    }
  }
  return new Null();
}

// node_modules/@actions/expressions/dist/parser.js
var Parser = class {
  /**
   * Constructs a new parser for the given tokens
   *
   * @param tokens Tokens to build a parse tree from
   * @param extensionContexts Available context names
   * @param extensionFunctions Available functions (beyond the built-in ones)
   */
  constructor(tokens, extensionContexts, extensionFunctions) {
    this.tokens = tokens;
    this.offset = 0;
    this.depth = 0;
    this.extContexts = /* @__PURE__ */ new Map();
    this.extFuncs = /* @__PURE__ */ new Map();
    for (const contextName of extensionContexts) {
      this.extContexts.set(contextName.toLowerCase(), true);
    }
    for (const { name, func } of extensionFunctions.map((x) => ({
      name: x.name,
      func: x
    }))) {
      this.extFuncs.set(name.toLowerCase(), func);
    }
    this.context = {
      allowUnknownKeywords: false,
      extensionContexts: this.extContexts,
      extensionFunctions: this.extFuncs
    };
  }
  parse() {
    let result;
    if (this.atEnd()) {
      return result;
    }
    result = this.expression();
    if (!this.atEnd()) {
      throw this.buildError(ErrorType.ErrorUnexpectedSymbol, this.peek());
    }
    return result;
  }
  expression() {
    this.incrDepth();
    try {
      return this.logicalOr();
    } finally {
      this.decrDepth();
    }
  }
  logicalOr() {
    let expr = this.logicalAnd();
    if (this.check(TokenType2.OR)) {
      this.incrDepth();
      try {
        const logical = new Logical(this.peek(), [expr]);
        expr = logical;
        while (this.match(TokenType2.OR)) {
          const right = this.logicalAnd();
          logical.args.push(right);
        }
      } finally {
        this.decrDepth();
      }
    }
    return expr;
  }
  logicalAnd() {
    let expr = this.equality();
    if (this.check(TokenType2.AND)) {
      this.incrDepth();
      try {
        const logical = new Logical(this.peek(), [expr]);
        expr = logical;
        while (this.match(TokenType2.AND)) {
          const right = this.equality();
          logical.args.push(right);
        }
      } finally {
        this.decrDepth();
      }
    }
    return expr;
  }
  equality() {
    let expr = this.comparison();
    while (this.match(TokenType2.BANG_EQUAL, TokenType2.EQUAL_EQUAL)) {
      const operator = this.previous();
      const right = this.comparison();
      expr = new Binary(expr, operator, right);
    }
    return expr;
  }
  comparison() {
    let expr = this.unary();
    while (this.match(TokenType2.GREATER, TokenType2.GREATER_EQUAL, TokenType2.LESS, TokenType2.LESS_EQUAL)) {
      const operator = this.previous();
      const right = this.unary();
      expr = new Binary(expr, operator, right);
    }
    return expr;
  }
  unary() {
    if (this.match(TokenType2.BANG)) {
      this.incrDepth();
      const operator = this.previous();
      const unary = this.unary();
      try {
        return new Unary(operator, unary);
      } finally {
        this.decrDepth();
      }
    }
    return this.index();
  }
  index() {
    let expr = this.call();
    let depthIncreased = 0;
    if (expr instanceof Grouping || expr instanceof FunctionCall || expr instanceof ContextAccess) {
      let cont = true;
      while (cont) {
        switch (true) {
          case this.match(TokenType2.LEFT_BRACKET): {
            let indexExpr;
            if (this.match(TokenType2.STAR)) {
              indexExpr = new Star();
            } else {
              indexExpr = this.expression();
            }
            this.consume(TokenType2.RIGHT_BRACKET, ErrorType.ErrorUnexpectedSymbol);
            this.incrDepth();
            depthIncreased++;
            expr = new IndexAccess(expr, indexExpr);
            break;
          }
          case this.match(TokenType2.DOT):
            this.incrDepth();
            depthIncreased++;
            if (this.match(TokenType2.IDENTIFIER)) {
              const property = this.previous();
              expr = new IndexAccess(expr, new Literal(new StringData(property.lexeme), property));
            } else if (this.match(TokenType2.STAR)) {
              expr = new IndexAccess(expr, new Star());
            } else {
              throw this.buildError(ErrorType.ErrorUnexpectedSymbol, this.peek());
            }
            break;
          default:
            cont = false;
        }
      }
    }
    for (let i = 0; i < depthIncreased; i++) {
      this.decrDepth();
    }
    return expr;
  }
  call() {
    if (!this.check(TokenType2.IDENTIFIER)) {
      return this.primary();
    }
    const identifier = this.next();
    if (!this.match(TokenType2.LEFT_PAREN)) {
      if (!this.extContexts.has(identifier.lexeme.toLowerCase())) {
        throw this.buildError(ErrorType.ErrorUnrecognizedContext, identifier);
      }
      return new ContextAccess(identifier);
    }
    const args = [];
    while (!this.match(TokenType2.RIGHT_PAREN)) {
      const aexp = this.expression();
      args.push(aexp);
      if (!this.check(TokenType2.RIGHT_PAREN)) {
        this.consume(TokenType2.COMMA, ErrorType.ErrorUnexpectedSymbol);
      }
    }
    validateFunction(this.context, identifier, args.length);
    return new FunctionCall(identifier, args);
  }
  primary() {
    switch (true) {
      case this.match(TokenType2.FALSE):
        return new Literal(new BooleanData(false), this.previous());
      case this.match(TokenType2.TRUE):
        return new Literal(new BooleanData(true), this.previous());
      case this.match(TokenType2.NULL):
        return new Literal(new Null(), this.previous());
      case this.match(TokenType2.NUMBER):
        return new Literal(new NumberData(this.previous().value), this.previous());
      case this.match(TokenType2.STRING):
        return new Literal(new StringData(this.previous().value), this.previous());
      case this.match(TokenType2.LEFT_PAREN): {
        const expr = this.expression();
        if (this.atEnd()) {
          throw this.buildError(ErrorType.ErrorUnexpectedEndOfExpression, this.previous());
        }
        this.consume(TokenType2.RIGHT_PAREN, ErrorType.ErrorUnexpectedSymbol);
        return new Grouping(expr);
      }
      case this.atEnd():
        throw this.buildError(ErrorType.ErrorUnexpectedEndOfExpression, this.previous());
    }
    throw this.buildError(ErrorType.ErrorUnexpectedSymbol, this.peek());
  }
  // match consumes the next token if it matches any of the given types
  match(...tokenTypes) {
    for (const tokenType of tokenTypes) {
      if (this.check(tokenType)) {
        this.next();
        return true;
      }
    }
    return false;
  }
  // check peeks whether the next token is of the given type
  check(tokenType) {
    if (this.atEnd()) {
      return false;
    }
    return this.peek().type == tokenType;
  }
  // atEnd peeks whether the next token is EOF
  atEnd() {
    return this.peek().type == TokenType2.EOF;
  }
  next() {
    if (!this.atEnd()) {
      this.offset++;
    }
    return this.previous();
  }
  peek() {
    return this.tokens[this.offset];
  }
  // previous returns the previous token
  previous() {
    return this.tokens[this.offset - 1];
  }
  // consume attempts to consume the next token if it matches the given type. It returns an error of
  // the given ParseErrorKind otherwise.
  consume(tokenType, errorType) {
    if (this.check(tokenType)) {
      this.next();
      return;
    }
    throw this.buildError(errorType, this.peek());
  }
  incrDepth() {
    this.depth++;
    if (this.depth > MAX_PARSER_DEPTH) {
      throw this.buildError(ErrorType.ErrorExceededMaxDepth, this.peek());
    }
  }
  decrDepth() {
    this.depth--;
  }
  buildError(errType, token) {
    return new ExpressionError(errType, token);
  }
};

// node_modules/@actions/workflow-parser/dist/templates/allowed-context.js
function splitAllowedContext(allowedContext) {
  const FUNCTION_REGEXP = /^([a-zA-Z0-9_]+)\(([0-9]+),([0-9]+|MAX)\)$/;
  const namedContexts = [];
  const functions = [];
  if (allowedContext.length > 0) {
    for (const contextItem of allowedContext) {
      const match = contextItem.match(FUNCTION_REGEXP);
      if (match) {
        const functionName = match[1];
        const minParameters = Number.parseInt(match[2]);
        const maxParametersRaw = match[3];
        const maxParameters = maxParametersRaw === MAX_CONSTANT ? Number.MAX_SAFE_INTEGER : Number.parseInt(maxParametersRaw);
        functions.push({
          name: functionName,
          minArgs: minParameters,
          maxArgs: maxParameters
        });
      } else {
        namedContexts.push(contextItem);
      }
    }
  }
  return {
    namedContexts,
    functions
  };
}

// node_modules/@actions/workflow-parser/dist/templates/tokens/expression-token.js
var ExpressionToken = class extends ScalarToken {
  constructor(type, file, range, directive, definitionInfo) {
    super(type, file, range, definitionInfo);
    this.directive = directive;
  }
  get isLiteral() {
    return false;
  }
  get isExpression() {
    return true;
  }
  static validateExpression(expression, allowedContext) {
    const { namedContexts, functions } = splitAllowedContext(allowedContext);
    const lexer = new Lexer(expression);
    const result = lexer.lex();
    const p = new Parser(result.tokens, namedContexts, functions);
    p.parse();
  }
};

// node_modules/@actions/workflow-parser/dist/templates/tokens/basic-expression-token.js
var BasicExpressionToken = class _BasicExpressionToken extends ExpressionToken {
  /**
   * @param file The file ID where this token originated
   * @param range The range of the entire expression including `${{` and `}}`
   * @param expression The expression string without `${{` and `}}` markers
   * @param definitionInfo Schema definition info for this token
   * @param originalExpressions If transformed from individual expressions (e.g., format()), these are the originals
   * @param source The original source string from the YAML
   * @param expressionRange The range of just the expression, excluding `${{` and `}}`
   * @param blockScalarHeader The block scalar header (e.g., "|", "|-") if parsed from a YAML block scalar
   */
  constructor(file, range, expression, definitionInfo, originalExpressions, source, expressionRange, blockScalarHeader) {
    super(TokenType.BasicExpression, file, range, void 0, definitionInfo);
    this.expr = expression;
    this.source = source;
    this.originalExpressions = originalExpressions;
    this.expressionRange = expressionRange;
    this.blockScalarHeader = blockScalarHeader;
  }
  get expression() {
    return this.expr;
  }
  clone(omitSource) {
    return omitSource ? new _BasicExpressionToken(void 0, void 0, this.expr, this.definitionInfo, this.originalExpressions, this.source, this.expressionRange, this.blockScalarHeader) : new _BasicExpressionToken(this.file, this.range, this.expr, this.definitionInfo, this.originalExpressions, this.source, this.expressionRange, this.blockScalarHeader);
  }
  toString() {
    return `${OPEN_EXPRESSION} ${this.expr} ${CLOSE_EXPRESSION}`;
  }
  toDisplayString() {
    return ScalarToken.trimDisplayString(this.toString());
  }
  toJSON() {
    return {
      type: TokenType.BasicExpression,
      expr: this.expr
    };
  }
};

// node_modules/@actions/workflow-parser/dist/templates/tokens/insert-expression-token.js
var InsertExpressionToken = class _InsertExpressionToken extends ExpressionToken {
  constructor(file, range, definitionInfo) {
    super(TokenType.InsertExpression, file, range, INSERT_DIRECTIVE, definitionInfo);
  }
  clone(omitSource) {
    return omitSource ? new _InsertExpressionToken(void 0, void 0, this.definitionInfo) : new _InsertExpressionToken(this.file, this.range, this.definitionInfo);
  }
  toString() {
    return `${OPEN_EXPRESSION} ${INSERT_DIRECTIVE} ${CLOSE_EXPRESSION}`;
  }
  toDisplayString() {
    return ScalarToken.trimDisplayString(this.toString());
  }
  toJSON() {
    return {
      type: TokenType.InsertExpression,
      expr: "insert"
    };
  }
};

// node_modules/@actions/workflow-parser/dist/templates/tokens/type-guards.js
function isLiteral(t) {
  return t.isLiteral;
}
function isScalar2(t) {
  return t.isScalar;
}
function isString(t) {
  return isLiteral(t) && t.templateTokenType === TokenType.String;
}
function isNumber(t) {
  return isLiteral(t) && t.templateTokenType === TokenType.Number;
}
function isBoolean(t) {
  return isLiteral(t) && t.templateTokenType === TokenType.Boolean;
}
function isBasicExpression(t) {
  return isScalar2(t) && t.templateTokenType === TokenType.BasicExpression;
}
function isSequence(t) {
  return t instanceof SequenceToken;
}
function isMapping(t) {
  return t instanceof MappingToken;
}

// node_modules/@actions/workflow-parser/dist/templates/template-reader.js
var WHITESPACE_PATTERN = /\s/;
var backgroundStepProperties = /* @__PURE__ */ new Set(["background", "wait", "wait-all", "cancel"]);
var backgroundStepOnlyProperties = /* @__PURE__ */ new Set(["wait", "wait-all", "cancel"]);
function readTemplate(context, type, objectReader, fileId) {
  const reader = new TemplateReader(context, objectReader, fileId);
  let value;
  try {
    objectReader.validateStart();
    const definition = new DefinitionInfo(context.schema, type);
    value = reader.readValue(definition);
    objectReader.validateEnd();
  } catch (err) {
    context.error(fileId, err);
  }
  return value;
}
var TemplateReader = class {
  constructor(context, objectReader, fileId) {
    this._context = context;
    this._schema = context.schema;
    this._objectReader = objectReader;
    this._fileId = fileId;
  }
  readValue(definition) {
    const literal2 = this._objectReader.allowLiteral();
    if (literal2) {
      let scalar = this.parseScalar(literal2, definition);
      scalar = this.validate(scalar, definition);
      return scalar;
    }
    const sequence = this._objectReader.allowSequenceStart();
    if (sequence) {
      const sequenceDefinition = definition.getDefinitionsOfType(DefinitionType.Sequence)[0];
      if (sequenceDefinition) {
        const itemDefinition = new DefinitionInfo(definition, sequenceDefinition.itemType);
        while (!this._objectReader.allowSequenceEnd()) {
          const item = this.readValue(itemDefinition);
          sequence.add(item);
        }
      } else {
        this._context.error(sequence, "A sequence was not expected");
        while (!this._objectReader.allowSequenceEnd()) {
          this.skipValue();
        }
      }
      sequence.definitionInfo = definition;
      return sequence;
    }
    const mapping = this._objectReader.allowMappingStart();
    if (mapping) {
      const mappingDefinitions = definition.getDefinitionsOfType(DefinitionType.Mapping);
      if (mappingDefinitions.length > 0) {
        if (mappingDefinitions.length > 1 || Object.keys(mappingDefinitions[0].properties).length > 0 || !mappingDefinitions[0].looseKeyType) {
          this.handleMappingWithWellKnownProperties(definition, mappingDefinitions, mapping);
        } else {
          const keyDefinition = new DefinitionInfo(definition, mappingDefinitions[0].looseKeyType);
          const valueDefinition = new DefinitionInfo(definition, mappingDefinitions[0].looseValueType);
          this.handleMappingWithAllLooseProperties(definition, keyDefinition, valueDefinition, mappingDefinitions[0], mapping);
        }
      } else {
        this._context.error(mapping, "A mapping was not expected");
        while (!this._objectReader.allowMappingEnd()) {
          this.skipValue();
          this.skipValue();
        }
      }
      if (!mapping.definitionInfo) {
        mapping.definitionInfo = definition;
      }
      return mapping;
    }
    throw new Error("Expected a scalar value, a sequence, or a mapping");
  }
  handleMappingWithWellKnownProperties(definition, mappingDefinitions, mapping) {
    let looseKeyType;
    let looseValueType;
    let looseKeyDefinition;
    let looseValueDefinition;
    if (mappingDefinitions[0].looseKeyType) {
      looseKeyType = mappingDefinitions[0].looseKeyType;
      looseValueType = mappingDefinitions[0].looseValueType;
    }
    const upperKeys = {};
    let hasExpressionKey = false;
    let rawLiteral;
    while (rawLiteral = this._objectReader.allowLiteral()) {
      const nextKeyScalar = this.parseScalar(rawLiteral, definition);
      if (nextKeyScalar.isExpression) {
        hasExpressionKey = true;
        if (definition.allowedContext.length > 0) {
          const anyDefinition = new DefinitionInfo(definition, ANY);
          mapping.add(nextKeyScalar, this.readValue(anyDefinition));
        } else {
          this._context.error(nextKeyScalar, "A template expression is not allowed in this context");
          this.skipValue();
        }
        continue;
      }
      const nextKey = nextKeyScalar.templateTokenType === TokenType.String ? nextKeyScalar : new StringToken(nextKeyScalar.file, nextKeyScalar.range, nextKeyScalar.toString(), nextKeyScalar.definitionInfo);
      if (nextKey.value) {
        const upperKey = nextKey.value.toUpperCase();
        if (upperKeys[upperKey]) {
          this._context.error(nextKey, `'${nextKey.value}' is already defined`);
          this.skipValue();
          continue;
        }
        upperKeys[upperKey] = true;
      }
      const nextPropertyDef = this._schema.matchPropertyAndFilter(mappingDefinitions, nextKey.value);
      if (nextPropertyDef) {
        if (!this.backgroundStepsEnabled() && backgroundStepProperties.has(nextKey.value)) {
          this._context.error(nextKey, `Unexpected value '${nextKey.value}'`);
          this.skipValue();
          continue;
        }
        const nextDefinition = new DefinitionInfo(definition, nextPropertyDef.type);
        nextKey.definitionInfo = nextDefinition;
        if (nextPropertyDef.description) {
          nextKey.description = nextPropertyDef.description;
        }
        const nextValue = this.readValue(nextDefinition);
        mapping.add(nextKey, nextValue);
        continue;
      }
      if (looseKeyType) {
        if (!looseKeyDefinition) {
          looseKeyDefinition = new DefinitionInfo(definition, looseKeyType);
          looseValueDefinition = new DefinitionInfo(definition, looseValueType);
        }
        this.validate(nextKey, looseKeyDefinition);
        const nextDefinition = new DefinitionInfo(definition, mappingDefinitions[0].looseValueType);
        nextKey.definitionInfo = nextDefinition;
        const nextValue = this.readValue(looseValueDefinition);
        mapping.add(nextKey, nextValue);
        continue;
      }
      this._context.error(nextKey, `Unexpected value '${nextKey.value}'`);
      this.skipValue();
    }
    if (mappingDefinitions.length === 1) {
      mapping.definitionInfo = new DefinitionInfo(definition, mappingDefinitions[0]);
    }
    if (mappingDefinitions.length > 1) {
      const hitCount = {};
      for (const mappingDefinition of mappingDefinitions) {
        for (const key of Object.keys(mappingDefinition.properties)) {
          hitCount[key] = (hitCount[key] ?? 0) + 1;
        }
      }
      const nonDuplicates = [];
      for (const key of Object.keys(hitCount)) {
        if (hitCount[key] === 1) {
          nonDuplicates.push(key);
        }
      }
      const properties = this.backgroundStepsEnabled() ? nonDuplicates : nonDuplicates.filter((property) => !backgroundStepOnlyProperties.has(property));
      this._context.error(mapping, `There's not enough info to determine what you meant. Add one of these properties: ${properties.sort().join(", ")}`);
    } else if (mappingDefinitions.length === 1 && !hasExpressionKey) {
      for (const propertyName of Object.keys(mappingDefinitions[0].properties)) {
        const propertyDef = mappingDefinitions[0].properties[propertyName];
        if (propertyDef.required && !upperKeys[propertyName.toUpperCase()]) {
          this._context.error(mapping, `Required property is missing: ${propertyName}`);
        }
      }
    }
    this.expectMappingEnd();
  }
  handleMappingWithAllLooseProperties(definition, keyDefinition, valueDefinition, mappingDefinition, mapping) {
    let nextValue;
    const upperKeys = {};
    let rawLiteral;
    while (rawLiteral = this._objectReader.allowLiteral()) {
      const nextKeyScalar = this.parseScalar(rawLiteral, definition);
      nextKeyScalar.definitionInfo = keyDefinition;
      if (nextKeyScalar.isExpression) {
        if (definition.allowedContext.length > 0) {
          nextValue = this.readValue(valueDefinition);
          mapping.add(nextKeyScalar, nextValue);
        } else {
          this._context.error(nextKeyScalar, "A template expression is not allowed in this context");
          this.skipValue();
        }
        continue;
      }
      const nextKey = nextKeyScalar.templateTokenType === TokenType.String ? nextKeyScalar : new StringToken(nextKeyScalar.file, nextKeyScalar.range, nextKeyScalar.toString(), nextKeyScalar.definitionInfo);
      if (nextKey.value) {
        const upperKey = nextKey.value.toUpperCase();
        if (upperKeys[upperKey]) {
          this._context.error(nextKey, `'${nextKey.value}' is already defined`);
          this.skipValue();
          continue;
        }
        upperKeys[upperKey] = true;
      }
      this.validate(nextKey, keyDefinition);
      const nextDefinition = new DefinitionInfo(definition, mappingDefinition.looseValueType);
      nextKey.definitionInfo = nextDefinition;
      nextValue = this.readValue(valueDefinition);
      mapping.add(nextKey, nextValue);
    }
    this.expectMappingEnd();
  }
  expectMappingEnd() {
    if (!this._objectReader.allowMappingEnd()) {
      throw new Error("Expected mapping end");
    }
  }
  skipValue() {
    if (this._objectReader.allowLiteral()) {
    } else if (this._objectReader.allowSequenceStart()) {
      while (!this._objectReader.allowSequenceEnd()) {
        this.skipValue();
      }
    } else if (this._objectReader.allowMappingStart()) {
      while (!this._objectReader.allowMappingEnd()) {
        this.skipValue();
        this.skipValue();
      }
    } else {
      throw new Error("Expected a scalar value, a sequence, or a mapping");
    }
  }
  validate(scalar, definition) {
    switch (scalar.templateTokenType) {
      case TokenType.Null:
      case TokenType.Boolean:
      case TokenType.Number:
      case TokenType.String: {
        const literal2 = scalar;
        const scalarDefinitions = definition.getScalarDefinitions();
        let relevantDefinition;
        if (relevantDefinition = scalarDefinitions.find((x) => x.isMatch(literal2))) {
          scalar.definitionInfo = new DefinitionInfo(definition, relevantDefinition);
          return scalar;
        }
        if (literal2.templateTokenType !== TokenType.String) {
          const stringLiteral = new StringToken(literal2.file, literal2.range, literal2.toString(), literal2.definitionInfo);
          if (relevantDefinition = scalarDefinitions.find((x) => x.isMatch(stringLiteral))) {
            stringLiteral.definitionInfo = new DefinitionInfo(definition, relevantDefinition);
            return stringLiteral;
          }
        }
        this._context.error(literal2, `Unexpected value '${literal2.toString()}'`);
        return scalar;
      }
      case TokenType.BasicExpression:
        if (definition.allowedContext.length === 0) {
          this._context.error(scalar, "A template expression is not allowed in this context");
        }
        return scalar;
      default:
        this._context.error(scalar, `Unexpected value '${scalar.toString()}'`);
        return scalar;
    }
  }
  parseScalar(token, definitionInfo) {
    if (!isString(token) || !token.value) {
      return token;
    }
    const allowedContext = definitionInfo.allowedContext;
    const isSingleLine = token.range === void 0 || token.range.start.line === token.range.end.line;
    const raw = isSingleLine ? token.value : token.source ?? token.value;
    let startExpression = raw.indexOf(OPEN_EXPRESSION);
    if (startExpression < 0) {
      return token;
    }
    let encounteredError = false;
    const segments = [];
    let i = 0;
    while (i < raw.length) {
      if (i === startExpression) {
        startExpression = i;
        let endExpression = -1;
        let inString = false;
        for (i += OPEN_EXPRESSION.length; i < raw.length; i++) {
          if (raw[i] === "'") {
            inString = !inString;
          } else if (!inString && raw[i] === "}" && raw[i - 1] === "}") {
            endExpression = i;
            i++;
            break;
          }
        }
        if (endExpression < startExpression) {
          this._context.error(token, "The expression is not closed. An unescaped ${{ sequence was found, but the closing }} sequence was not found.");
          return token;
        }
        const rawExpression = raw.substr(startExpression + OPEN_EXPRESSION.length, endExpression - startExpression + 1 - OPEN_EXPRESSION.length - CLOSE_EXPRESSION.length);
        let tr = token.range;
        if (isSingleLine) {
          const offset = (token.source ?? raw).indexOf(OPEN_EXPRESSION) - raw.indexOf(OPEN_EXPRESSION);
          tr = {
            start: { line: tr.start.line, column: tr.start.column + startExpression + offset },
            end: { line: tr.end.line, column: tr.start.column + endExpression + 1 + offset }
          };
        } else {
          const startRaw = raw.substring(0, startExpression);
          const adjustedStartLine = startRaw.split("\n").length;
          const beginningOfLine = startRaw.lastIndexOf("\n");
          const adjustedStart = startExpression - beginningOfLine;
          const adjustedEnd = endExpression - beginningOfLine + 1;
          tr = {
            start: { line: tr.start.line + adjustedStartLine, column: adjustedStart },
            end: { line: tr.start.line + adjustedStartLine, column: adjustedEnd }
          };
        }
        const expression = this.parseIntoExpressionToken(tr, rawExpression, allowedContext, token, definitionInfo);
        if (!expression) {
          encounteredError = true;
        } else {
          if (expression.directive && (startExpression !== 0 || i < raw.length)) {
            this._context.error(token, `The directive '${expression.directive}' is not allowed in this context. Directives are not supported for expressions that are embedded within a string. Directives are only supported when the entire value is an expression.`);
            return token;
          }
          segments.push(expression);
        }
        startExpression = raw.indexOf(OPEN_EXPRESSION, i);
      } else if (i < startExpression) {
        this.addString(segments, token.range, raw.substr(i, startExpression - i), token.definitionInfo);
        i = startExpression;
      } else {
        this.addString(segments, token.range, raw.substr(i), token.definitionInfo);
        break;
      }
    }
    if (encounteredError) {
      return token;
    }
    if (segments.length === 1 && segments[0].templateTokenType === TokenType.BasicExpression) {
      const basicExpression = segments[0];
      const str2 = this.getExpressionString(basicExpression.expression);
      if (str2 !== void 0) {
        return new StringToken(this._fileId, token.range, str2, token.definitionInfo);
      }
    }
    if (segments.length === 1) {
      return segments[0];
    }
    const format2 = [];
    const args = [];
    const expressionTokens = [];
    let argIndex = 0;
    for (const segment of segments) {
      if (isString(segment)) {
        const text2 = segment.value.replace(/'/g, "''").replace(/\{/g, "{{").replace(/\}/g, "}}");
        format2.push(text2);
      } else {
        format2.push(`{${argIndex}}`);
        argIndex++;
        const expression = segment;
        args.push(", ");
        args.push(expression.expression);
        expressionTokens.push(expression);
      }
    }
    return new BasicExpressionToken(this._fileId, token.range, `format('${format2.join("")}'${args.join("")})`, definitionInfo, expressionTokens, raw, void 0, token.blockScalarHeader);
  }
  parseIntoExpressionToken(tr, rawExpression, allowedContext, token, definitionInfo) {
    const parseExpressionResult = this.parseExpression(tr, token, rawExpression, allowedContext, definitionInfo);
    if (parseExpressionResult.error) {
      this._context.error(token, parseExpressionResult.error, tr);
      return void 0;
    }
    return parseExpressionResult.expression;
  }
  parseExpression(range, token, value, allowedContext, definitionInfo) {
    const trimmed = value.trim();
    if (!trimmed) {
      return {
        error: new Error("An expression was expected")
      };
    }
    const matchDirectiveResult = this.matchDirective(trimmed, INSERT_DIRECTIVE, 0);
    if (matchDirectiveResult.isMatch) {
      return {
        expression: new InsertExpressionToken(this._fileId, range, definitionInfo)
      };
    } else if (matchDirectiveResult.error) {
      return {
        error: matchDirectiveResult.error
      };
    }
    try {
      ExpressionToken.validateExpression(trimmed, allowedContext);
    } catch (err) {
      return {
        error: err
      };
    }
    const startTrim = value.length - value.trimStart().length;
    const endTrim = value.length - value.trimEnd().length;
    const expressionRange = {
      start: {
        ...range.start,
        column: range.start.column + OPEN_EXPRESSION.length + startTrim
      },
      end: {
        ...range.end,
        column: range.end.column - CLOSE_EXPRESSION.length - endTrim
      }
    };
    return {
      expression: new BasicExpressionToken(this._fileId, range, trimmed, definitionInfo, void 0, token.source, expressionRange, token.blockScalarHeader),
      error: void 0
    };
  }
  addString(segments, range, value, definition) {
    if (segments.length > 0 && segments[segments.length - 1].templateTokenType === TokenType.String) {
      const lastSegment = segments[segments.length - 1];
      segments[segments.length - 1] = new StringToken(this._fileId, range, `${lastSegment.value}${value}`, definition);
    } else {
      segments.push(new StringToken(this._fileId, range, value, definition));
    }
  }
  matchDirective(trimmed, directive, expectedParameters) {
    const parameters = [];
    if (trimmed.startsWith(directive) && (trimmed.length === directive.length || WHITESPACE_PATTERN.test(trimmed[directive.length]))) {
      let startIndex = directive.length;
      let inString = false;
      let parens = 0;
      for (let i = startIndex; i < trimmed.length; i++) {
        const c = trimmed[i];
        if (WHITESPACE_PATTERN.test(c) && !inString && parens == 0) {
          if (startIndex < 1) {
            parameters.push(trimmed.substr(startIndex, i - startIndex));
          }
          startIndex = i + 1;
        } else if (c === "'") {
          inString = !inString;
        } else if (c === "(" && !inString) {
          parens++;
        } else if (c === ")" && !inString) {
          parens--;
        }
      }
      if (startIndex < trimmed.length) {
        parameters.push(trimmed.substr(startIndex));
      }
      if (expectedParameters != parameters.length) {
        return {
          isMatch: false,
          parameters: [],
          error: new Error(`Exactly ${expectedParameters} parameter(s) were expected following the directive '${directive}'. Actual parameter count: ${parameters.length}`)
        };
      }
      return {
        isMatch: true,
        parameters
      };
    }
    return {
      isMatch: false,
      parameters
    };
  }
  getExpressionString(trimmed) {
    const result = [];
    let inString = false;
    for (let i = 0; i < trimmed.length; i++) {
      const c = trimmed[i];
      if (c === "'") {
        inString = !inString;
        if (inString && i !== 0) {
          result.push(c);
        }
      } else if (!inString) {
        return void 0;
      } else {
        result.push(c);
      }
    }
    return result.join("");
  }
  backgroundStepsEnabled() {
    return this._context.state.featureFlags?.isEnabled("allowBackgroundSteps") ?? false;
  }
};

// node_modules/@actions/workflow-parser/dist/workflows/workflow-constants.js
var WORKFLOW_ROOT = "workflow-root-strict";

// node_modules/@actions/workflow-parser/dist/templates/parse-event.js
var ParseEvent = class {
  constructor(type, token) {
    this.type = type;
    this.token = token;
  }
};
var EventType;
(function(EventType2) {
  EventType2[EventType2["Literal"] = 0] = "Literal";
  EventType2[EventType2["SequenceStart"] = 1] = "SequenceStart";
  EventType2[EventType2["SequenceEnd"] = 2] = "SequenceEnd";
  EventType2[EventType2["MappingStart"] = 3] = "MappingStart";
  EventType2[EventType2["MappingEnd"] = 4] = "MappingEnd";
  EventType2[EventType2["DocumentStart"] = 5] = "DocumentStart";
  EventType2[EventType2["DocumentEnd"] = 6] = "DocumentEnd";
})(EventType || (EventType = {}));

// node_modules/@actions/workflow-parser/dist/templates/json-object-reader.js
var JSONObjectReader = class {
  constructor(fileId, input) {
    this._fileId = fileId;
    const value = JSON.parse(input);
    this._generator = this.getParseEvents(value, true);
    this._current = this._generator.next();
  }
  allowLiteral() {
    if (!this._current.done) {
      const parseEvent = this._current.value;
      if (parseEvent.type === EventType.Literal) {
        this._current = this._generator.next();
        return parseEvent.token;
      }
    }
    return void 0;
  }
  allowSequenceStart() {
    if (!this._current.done) {
      const parseEvent = this._current.value;
      if (parseEvent.type === EventType.SequenceStart) {
        this._current = this._generator.next();
        return parseEvent.token;
      }
    }
    return void 0;
  }
  allowSequenceEnd() {
    if (!this._current.done) {
      const parseEvent = this._current.value;
      if (parseEvent.type === EventType.SequenceEnd) {
        this._current = this._generator.next();
        return true;
      }
    }
    return false;
  }
  allowMappingStart() {
    if (!this._current.done) {
      const parseEvent = this._current.value;
      if (parseEvent.type === EventType.MappingStart) {
        this._current = this._generator.next();
        return parseEvent.token;
      }
    }
    return void 0;
  }
  allowMappingEnd() {
    if (!this._current.done) {
      const parseEvent = this._current.value;
      if (parseEvent.type === EventType.MappingEnd) {
        this._current = this._generator.next();
        return true;
      }
    }
    return false;
  }
  validateEnd() {
    if (!this._current.done) {
      const parseEvent = this._current.value;
      if (parseEvent.type === EventType.DocumentEnd) {
        this._current = this._generator.next();
        return;
      }
    }
    throw new Error("Expected end of reader");
  }
  validateStart() {
    if (!this._current.done) {
      const parseEvent = this._current.value;
      if (parseEvent.type === EventType.DocumentStart) {
        this._current = this._generator.next();
        return;
      }
    }
    throw new Error("Expected start of reader");
  }
  /**
   * Returns all tokens (depth first)
   */
  *getParseEvents(value, root) {
    if (root) {
      yield new ParseEvent(EventType.DocumentStart, void 0);
    }
    switch (typeof value) {
      case "undefined":
        yield new ParseEvent(EventType.Literal, new NullToken(this._fileId, void 0, void 0));
        break;
      case "boolean":
        yield new ParseEvent(EventType.Literal, new BooleanToken(this._fileId, void 0, value, void 0));
        break;
      case "number":
        yield new ParseEvent(EventType.Literal, new NumberToken(this._fileId, void 0, value, void 0));
        break;
      case "string":
        yield new ParseEvent(EventType.Literal, new StringToken(this._fileId, void 0, value, void 0));
        break;
      case "object":
        if (value === null) {
          yield new ParseEvent(EventType.Literal, new NullToken(this._fileId, void 0, void 0));
        } else if (Array.isArray(value)) {
          yield new ParseEvent(EventType.SequenceStart, new SequenceToken(this._fileId, void 0, void 0));
          for (const item of value) {
            for (const e of this.getParseEvents(item)) {
              yield e;
            }
          }
          yield new ParseEvent(EventType.SequenceEnd, void 0);
        } else {
          yield new ParseEvent(EventType.MappingStart, new MappingToken(this._fileId, void 0, void 0));
          for (const key of Object.keys(value)) {
            yield new ParseEvent(EventType.Literal, new StringToken(this._fileId, void 0, key, void 0));
            for (const e of this.getParseEvents(value[key])) {
              yield e;
            }
          }
          yield new ParseEvent(EventType.MappingEnd, void 0);
        }
        break;
      default:
        throw new Error(`Unexpected value type '${typeof value}' when reading object`);
    }
    if (root) {
      yield new ParseEvent(EventType.DocumentEnd, void 0);
    }
  }
};

// node_modules/@actions/workflow-parser/dist/templates/trace-writer.js
var NoOperationTraceWriter = class {
  error() {
  }
  info() {
  }
  verbose() {
  }
};

// node_modules/@actions/workflow-parser/dist/templates/schema/definition.js
var Definition = class {
  constructor(key, definition) {
    this.readerContext = [];
    this.evaluatorContext = [];
    this.key = key;
    if (definition) {
      for (let i = 0; i < definition.count; ) {
        const definitionKey = definition.get(i).key.assertString(`${DEFINITION} key`);
        switch (definitionKey.value) {
          case CONTEXT: {
            const context = definition.get(i).value.assertSequence(`${DEFINITION} ${CONTEXT}`);
            definition.remove(i);
            const seenReaderContext = {};
            const seenEvaluatorContext = {};
            for (const item of context) {
              const itemStr = item.assertString(`${CONTEXT} item`).value;
              const upperItemStr = itemStr.toUpperCase();
              if (seenReaderContext[upperItemStr]) {
                throw new Error(`Duplicate context item '${itemStr}'`);
              }
              seenReaderContext[upperItemStr] = true;
              this.readerContext.push(itemStr);
              const paramIndex = itemStr.indexOf("(");
              const modifiedItemStr = paramIndex > 0 ? itemStr.substr(0, paramIndex + 1) + ")" : itemStr;
              const upperModifiedItemStr = modifiedItemStr.toUpperCase();
              if (seenEvaluatorContext[upperModifiedItemStr]) {
                throw new Error(`Duplicate context item '${modifiedItemStr}'`);
              }
              seenEvaluatorContext[upperModifiedItemStr] = true;
              this.evaluatorContext.push(modifiedItemStr);
            }
            break;
          }
          case DESCRIPTION: {
            const value = definition.get(i).value;
            this.description = value.assertString(DESCRIPTION).value;
            definition.remove(i);
            break;
          }
          default: {
            i++;
            break;
          }
        }
      }
    }
  }
};

// node_modules/@actions/workflow-parser/dist/templates/schema/scalar-definition.js
var ScalarDefinition = class extends Definition {
  constructor(key, definition) {
    super(key, definition);
  }
};

// node_modules/@actions/workflow-parser/dist/templates/schema/boolean-definition.js
var BooleanDefinition = class extends ScalarDefinition {
  constructor(key, definition) {
    super(key, definition);
    if (definition) {
      for (const definitionPair of definition) {
        const definitionKey = definitionPair.key.assertString(`${DEFINITION} key`);
        switch (definitionKey.value) {
          case BOOLEAN: {
            const mapping = definitionPair.value.assertMapping(`${DEFINITION} ${BOOLEAN}`);
            for (const mappingPair of mapping) {
              const mappingKey = mappingPair.key.assertString(`${DEFINITION} ${BOOLEAN} key`);
              switch (mappingKey.value) {
                default:
                  mappingKey.assertUnexpectedValue(`${DEFINITION} ${BOOLEAN} key`);
                  break;
              }
            }
            break;
          }
          default:
            definitionKey.assertUnexpectedValue(`${DEFINITION} key`);
        }
      }
    }
  }
  get definitionType() {
    return DefinitionType.Boolean;
  }
  isMatch(literal2) {
    return literal2.templateTokenType === TokenType.Boolean;
  }
  validate() {
  }
};

// node_modules/@actions/workflow-parser/dist/templates/schema/property-definition.js
var PropertyDefinition = class {
  constructor(token) {
    this.type = "";
    this.required = false;
    if (token.templateTokenType === TokenType.String) {
      this.type = token.value;
    } else {
      const mapping = token.assertMapping(MAPPING_PROPERTY_VALUE);
      for (const mappingPair of mapping) {
        const mappingKey = mappingPair.key.assertString(`${MAPPING_PROPERTY_VALUE} key`);
        switch (mappingKey.value) {
          case TYPE:
            this.type = mappingPair.value.assertString(`${MAPPING_PROPERTY_VALUE} ${TYPE}`).value;
            break;
          case REQUIRED:
            this.required = mappingPair.value.assertBoolean(`${MAPPING_PROPERTY_VALUE} ${REQUIRED}`).value;
            break;
          case DESCRIPTION:
            this.description = mappingPair.value.assertString(`${MAPPING_PROPERTY_VALUE} ${DESCRIPTION}`).value;
            break;
          default:
            mappingKey.assertUnexpectedValue(`${MAPPING_PROPERTY_VALUE} key`);
        }
      }
    }
  }
};

// node_modules/@actions/workflow-parser/dist/templates/schema/mapping-definition.js
var MappingDefinition = class extends Definition {
  constructor(key, definition) {
    super(key, definition);
    this.properties = {};
    this.looseKeyType = "";
    this.looseValueType = "";
    if (definition) {
      for (const definitionPair of definition) {
        const definitionKey = definitionPair.key.assertString(`${DEFINITION} key`);
        switch (definitionKey.value) {
          case MAPPING: {
            const mapping = definitionPair.value.assertMapping(`${DEFINITION} ${MAPPING}`);
            for (const mappingPair of mapping) {
              const mappingKey = mappingPair.key.assertString(`${DEFINITION} ${MAPPING} key`);
              switch (mappingKey.value) {
                case PROPERTIES: {
                  const properties = mappingPair.value.assertMapping(`${DEFINITION} ${MAPPING} ${PROPERTIES}`);
                  for (const propertiesPair of properties) {
                    const propertyName = propertiesPair.key.assertString(`${DEFINITION} ${MAPPING} ${PROPERTIES} key`);
                    this.properties[propertyName.value] = new PropertyDefinition(propertiesPair.value);
                  }
                  break;
                }
                case LOOSE_KEY_TYPE: {
                  const looseKeyType = mappingPair.value.assertString(`${DEFINITION} ${MAPPING} ${LOOSE_KEY_TYPE}`);
                  this.looseKeyType = looseKeyType.value;
                  break;
                }
                case LOOSE_VALUE_TYPE: {
                  const looseValueType = mappingPair.value.assertString(`${DEFINITION} ${MAPPING} ${LOOSE_VALUE_TYPE}`);
                  this.looseValueType = looseValueType.value;
                  break;
                }
                default:
                  mappingKey.assertUnexpectedValue(`${DEFINITION} ${MAPPING} key`);
                  break;
              }
            }
            break;
          }
          default:
            definitionKey.assertUnexpectedValue(`${DEFINITION} key`);
        }
      }
    }
  }
  get definitionType() {
    return DefinitionType.Mapping;
  }
  validate(schema3, name) {
    if (this.looseKeyType) {
      schema3.getDefinition(this.looseKeyType);
      if (this.looseValueType) {
        schema3.getDefinition(this.looseValueType);
      } else {
        throw new Error(`Property '${LOOSE_KEY_TYPE}' is defined but '${LOOSE_VALUE_TYPE}' is not defined on '${name}'`);
      }
    } else if (this.looseValueType) {
      throw new Error(`Property '${LOOSE_VALUE_TYPE}' is defined but '${LOOSE_KEY_TYPE}' is not defined on '${name}'`);
    }
    for (const propertyName of Object.keys(this.properties)) {
      const propertyDef = this.properties[propertyName];
      if (!propertyDef.type) {
        throw new Error(`Type not specified for the property '${propertyName}' on '${name}'`);
      }
      schema3.getDefinition(propertyDef.type);
    }
  }
};

// node_modules/@actions/workflow-parser/dist/templates/schema/null-definition.js
var NullDefinition = class extends ScalarDefinition {
  constructor(key, definition) {
    super(key, definition);
    if (definition) {
      for (const definitionPair of definition) {
        const definitionKey = definitionPair.key.assertString(`${DEFINITION} key`);
        switch (definitionKey.value) {
          case NULL: {
            const mapping = definitionPair.value.assertMapping(`${DEFINITION} ${NULL}`);
            for (const mappingPair of mapping) {
              const mappingKey = mappingPair.key.assertString(`${DEFINITION} ${NULL} key`);
              switch (mappingKey.value) {
                default:
                  mappingKey.assertUnexpectedValue(`${DEFINITION} ${NULL} key`);
                  break;
              }
            }
            break;
          }
          default:
            definitionKey.assertUnexpectedValue(`${DEFINITION} key`);
        }
      }
    }
  }
  get definitionType() {
    return DefinitionType.Null;
  }
  isMatch(literal2) {
    return literal2.templateTokenType === TokenType.Null;
  }
  validate() {
  }
};

// node_modules/@actions/workflow-parser/dist/templates/schema/number-definition.js
var NumberDefinition = class extends ScalarDefinition {
  constructor(key, definition) {
    super(key, definition);
    if (definition) {
      for (const definitionPair of definition) {
        const definitionKey = definitionPair.key.assertString(`${DEFINITION} key`);
        switch (definitionKey.value) {
          case NUMBER: {
            const mapping = definitionPair.value.assertMapping(`${DEFINITION} ${NUMBER}`);
            for (const mappingPair of mapping) {
              const mappingKey = mappingPair.key.assertString(`${DEFINITION} ${NUMBER} key`);
              switch (mappingKey.value) {
                default:
                  mappingKey.assertUnexpectedValue(`${DEFINITION} ${NUMBER} key`);
                  break;
              }
            }
            break;
          }
          default:
            definitionKey.assertUnexpectedValue(`${DEFINITION} key`);
        }
      }
    }
  }
  get definitionType() {
    return DefinitionType.Number;
  }
  isMatch(literal2) {
    return literal2.templateTokenType === TokenType.Number;
  }
  validate() {
  }
};

// node_modules/@actions/workflow-parser/dist/templates/schema/one-of-definition.js
var OneOfDefinition = class extends Definition {
  constructor(key, definition) {
    super(key, definition);
    this.oneOf = [];
    this.oneOfPrefix = [];
    if (definition) {
      for (const definitionPair of definition) {
        const definitionKey = definitionPair.key.assertString(`${DEFINITION} key`);
        switch (definitionKey.value) {
          case ONE_OF: {
            const oneOf2 = definitionPair.value.assertSequence(`${DEFINITION} ${ONE_OF}`);
            for (const item of oneOf2) {
              const oneOfItem = item.assertString(`${DEFINITION} ${ONE_OF} item`);
              this.oneOf.push(oneOfItem.value);
            }
            break;
          }
          case ALLOWED_VALUES: {
            const oneOf2 = definitionPair.value.assertSequence(`${DEFINITION} ${ALLOWED_VALUES}`);
            for (const item of oneOf2) {
              const oneOfItem = item.assertString(`${DEFINITION} ${ONE_OF} item`);
              this.oneOf.push(this.key + "-" + oneOfItem.value);
            }
            break;
          }
          default:
            definitionKey.assertUnexpectedValue(`${DEFINITION} key`);
            break;
        }
      }
    }
  }
  get definitionType() {
    return DefinitionType.OneOf;
  }
  validate(schema3, name) {
    if (this.oneOf.length === 0) {
      throw new Error(`'${name}' does not contain any references`);
    }
    let foundLooseKeyType = false;
    const mappingDefinitions = [];
    let allowedValuesDefinition;
    let sequenceDefinition;
    let nullDefinition;
    let booleanDefinition;
    let numberDefinition;
    const stringDefinitions = [];
    const seenNestedTypes = {};
    for (const nestedType of this.oneOf) {
      if (seenNestedTypes[nestedType]) {
        throw new Error(`'${name}' contains duplicate nested type '${nestedType}'`);
      }
      seenNestedTypes[nestedType] = true;
      const nestedDefinition = schema3.getDefinition(nestedType);
      if (nestedDefinition.readerContext.length > 0) {
        throw new Error(`'${name}' is a one-of definition and references another definition that defines context. This is currently not supported.`);
      }
      switch (nestedDefinition.definitionType) {
        case DefinitionType.Mapping: {
          const mappingDefinition = nestedDefinition;
          mappingDefinitions.push(mappingDefinition);
          if (mappingDefinition.looseKeyType) {
            foundLooseKeyType = true;
          }
          break;
        }
        case DefinitionType.Sequence: {
          if (sequenceDefinition) {
            throw new Error(`'${name}' refers to more than one definition of type '${SEQUENCE}'`);
          }
          sequenceDefinition = nestedDefinition;
          break;
        }
        case DefinitionType.Null: {
          if (nullDefinition) {
            throw new Error(`'${name}' refers to more than one definition of type '${NULL}'`);
          }
          nullDefinition = nestedDefinition;
          break;
        }
        case DefinitionType.Boolean: {
          if (booleanDefinition) {
            throw new Error(`'${name}' refers to more than one definition of type '${BOOLEAN}'`);
          }
          booleanDefinition = nestedDefinition;
          break;
        }
        case DefinitionType.Number: {
          if (numberDefinition) {
            throw new Error(`'${name}' refers to more than one definition of type '${NUMBER}'`);
          }
          numberDefinition = nestedDefinition;
          break;
        }
        case DefinitionType.String: {
          const stringDefinition = nestedDefinition;
          if (stringDefinitions.length > 0 && (!stringDefinitions[0].constant || !stringDefinition.constant)) {
            throw new Error(`'${name}' refers to more than one '${SCALAR}', but some do not set '${CONSTANT}'`);
          }
          stringDefinitions.push(stringDefinition);
          break;
        }
        case DefinitionType.OneOf: {
          if (allowedValuesDefinition) {
            throw new Error(`'${name}' contains multiple allowed-values definitions`);
          }
          allowedValuesDefinition = nestedDefinition;
          break;
        }
        default:
          throw new Error(`'${name}' refers to a definition with type '${nestedDefinition.definitionType}'`);
      }
    }
    if (mappingDefinitions.length > 1) {
      if (foundLooseKeyType) {
        throw new Error(`'${name}' refers to two mappings and at least one sets '${LOOSE_KEY_TYPE}'. This is not currently supported.`);
      }
      const seenProperties = {};
      for (const mappingDefinition of mappingDefinitions) {
        for (const propertyName of Object.keys(mappingDefinition.properties)) {
          const newPropertyDef = mappingDefinition.properties[propertyName];
          const existingPropertyDef = seenProperties[propertyName];
          if (existingPropertyDef) {
            if (existingPropertyDef.type === newPropertyDef.type) {
              continue;
            }
            throw new Error(`'${name}' contains two mappings with the same property, but each refers to a different type. All matching properties must refer to the same type.`);
          } else {
            seenProperties[propertyName] = newPropertyDef;
          }
        }
      }
    }
  }
};

// node_modules/@actions/workflow-parser/dist/templates/schema/sequence-definition.js
var SequenceDefinition = class extends Definition {
  constructor(key, definition) {
    super(key, definition);
    this.itemType = "";
    if (definition) {
      for (const definitionPair of definition) {
        const definitionKey = definitionPair.key.assertString(`${DEFINITION} key`);
        switch (definitionKey.value) {
          case SEQUENCE: {
            const mapping = definitionPair.value.assertMapping(`${DEFINITION} ${SEQUENCE}`);
            for (const mappingPair of mapping) {
              const mappingKey = mappingPair.key.assertString(`${DEFINITION} ${SEQUENCE} key`);
              switch (mappingKey.value) {
                case ITEM_TYPE: {
                  const itemType = mappingPair.value.assertString(`${DEFINITION} ${SEQUENCE} ${ITEM_TYPE}`);
                  this.itemType = itemType.value;
                  break;
                }
                default:
                  mappingKey.assertUnexpectedValue(`${DEFINITION} ${SEQUENCE} key`);
                  break;
              }
            }
            break;
          }
          default:
            definitionKey.assertUnexpectedValue(`${DEFINITION} key`);
        }
      }
    }
  }
  get definitionType() {
    return DefinitionType.Sequence;
  }
  validate(schema3, name) {
    if (!this.itemType) {
      throw new Error(`'${name}' does not defined '${ITEM_TYPE}'`);
    }
    schema3.getDefinition(this.itemType);
  }
};

// node_modules/@actions/workflow-parser/dist/templates/schema/string-definition.js
var StringDefinition = class extends ScalarDefinition {
  constructor(key, definition) {
    super(key, definition);
    this.constant = "";
    this.ignoreCase = false;
    this.requireNonEmpty = false;
    this.isExpression = false;
    if (definition) {
      for (const definitionPair of definition) {
        const definitionKey = definitionPair.key.assertString(`${DEFINITION} key`);
        switch (definitionKey.value) {
          case STRING: {
            const mapping = definitionPair.value.assertMapping(`${DEFINITION} ${STRING}`);
            for (const mappingPair of mapping) {
              const mappingKey = mappingPair.key.assertString(`${DEFINITION} ${STRING} key`);
              switch (mappingKey.value) {
                case CONSTANT: {
                  const constantStringToken = mappingPair.value.assertString(`${DEFINITION} ${STRING} ${CONSTANT}`);
                  this.constant = constantStringToken.value;
                  break;
                }
                case IGNORE_CASE: {
                  const ignoreCaseBooleanToken = mappingPair.value.assertBoolean(`${DEFINITION} ${STRING} ${IGNORE_CASE}`);
                  this.ignoreCase = ignoreCaseBooleanToken.value;
                  break;
                }
                case REQUIRE_NON_EMPTY: {
                  const requireNonEmptyBooleanToken = mappingPair.value.assertBoolean(`${DEFINITION} ${STRING} ${REQUIRE_NON_EMPTY}`);
                  this.requireNonEmpty = requireNonEmptyBooleanToken.value;
                  break;
                }
                case IS_EXPRESSION: {
                  const isExpressionToken = mappingPair.value.assertBoolean(`${DEFINITION} ${STRING} ${IS_EXPRESSION}`);
                  this.isExpression = isExpressionToken.value;
                  break;
                }
                default:
                  mappingKey.assertUnexpectedValue(`${DEFINITION} ${STRING} key`);
                  break;
              }
            }
            break;
          }
          default:
            definitionKey.assertUnexpectedValue(`${DEFINITION} key`);
        }
      }
    }
  }
  get definitionType() {
    return DefinitionType.String;
  }
  isMatch(literal2) {
    if (literal2.templateTokenType === TokenType.String) {
      const value = literal2.value;
      if (this.constant) {
        return this.ignoreCase ? this.constant.toUpperCase() === value.toUpperCase() : this.constant === value;
      } else if (this.requireNonEmpty) {
        return !!value;
      } else {
        return true;
      }
    }
    return false;
  }
  validate() {
    if (this.constant && this.requireNonEmpty) {
      throw new Error(`Properties '${CONSTANT}' and '${REQUIRE_NON_EMPTY}' cannot both be set`);
    }
  }
};

// node_modules/@actions/workflow-parser/dist/templates/schema/template-schema.js
var TemplateSchema = class _TemplateSchema {
  constructor(mapping) {
    this.definitions = {};
    this.version = "";
    this.definitions[NULL] = new NullDefinition(NULL);
    this.definitions[BOOLEAN] = new BooleanDefinition(BOOLEAN);
    this.definitions[NUMBER] = new NumberDefinition(NUMBER);
    this.definitions[STRING] = new StringDefinition(STRING);
    const sequenceDefinition = new SequenceDefinition(SEQUENCE);
    sequenceDefinition.itemType = ANY;
    this.definitions[sequenceDefinition.key] = sequenceDefinition;
    const mappingDefinition = new MappingDefinition(MAPPING);
    mappingDefinition.looseKeyType = STRING;
    mappingDefinition.looseValueType = ANY;
    this.definitions[mappingDefinition.key] = mappingDefinition;
    const anyDefinition = new OneOfDefinition(ANY);
    anyDefinition.oneOf.push(NULL);
    anyDefinition.oneOf.push(BOOLEAN);
    anyDefinition.oneOf.push(NUMBER);
    anyDefinition.oneOf.push(STRING);
    anyDefinition.oneOf.push(SEQUENCE);
    anyDefinition.oneOf.push(MAPPING);
    this.definitions[anyDefinition.key] = anyDefinition;
    if (mapping) {
      for (const pair of mapping) {
        const key = pair.key.assertString(`${TEMPLATE_SCHEMA} key`);
        switch (key.value) {
          case VERSION: {
            this.version = pair.value.assertString(`${TEMPLATE_SCHEMA} ${VERSION}`).value;
            break;
          }
          case DEFINITIONS: {
            const definitions2 = pair.value.assertMapping(`${TEMPLATE_SCHEMA} ${DEFINITIONS}`);
            for (const definitionsPair of definitions2) {
              const definitionsKey = definitionsPair.key.assertString(`${TEMPLATE_SCHEMA} ${DEFINITIONS} key`);
              const definitionsValue = definitionsPair.value.assertMapping(`${TEMPLATE_SCHEMA} ${DEFINITIONS} value`);
              let definition;
              for (const definitionPair of definitionsValue) {
                const definitionKey = definitionPair.key.assertString(`${DEFINITION} key`);
                const mappingToken = definitionsPair.value;
                switch (definitionKey.value) {
                  case NULL:
                    definition = new NullDefinition(definitionsKey.value, definitionsValue);
                    break;
                  case BOOLEAN:
                    definition = new BooleanDefinition(definitionsKey.value, definitionsValue);
                    break;
                  case NUMBER:
                    definition = new NumberDefinition(definitionsKey.value, definitionsValue);
                    break;
                  case STRING:
                    definition = new StringDefinition(definitionsKey.value, definitionsValue);
                    break;
                  case SEQUENCE:
                    definition = new SequenceDefinition(definitionsKey.value, definitionsValue);
                    break;
                  case MAPPING:
                    definition = new MappingDefinition(definitionsKey.value, definitionsValue);
                    break;
                  case ONE_OF:
                    definition = new OneOfDefinition(definitionsKey.value, definitionsValue);
                    break;
                  case ALLOWED_VALUES:
                    for (const item of mappingToken) {
                      if (item.value.templateTokenType === TokenType.Sequence) {
                        const sequenceToken = item.value;
                        for (const activity of sequenceToken) {
                          if (activity.templateTokenType === TokenType.String) {
                            const stringToken = activity;
                            const allowedValuesKey = definitionsKey.value + "-" + stringToken.value;
                            const allowedValuesDef = new StringDefinition(allowedValuesKey);
                            allowedValuesDef.constant = stringToken.toDisplayString();
                            this.definitions[allowedValuesKey] = allowedValuesDef;
                          }
                        }
                      }
                    }
                    definition = new OneOfDefinition(definitionsKey.value, definitionsValue);
                    break;
                  case CONTEXT:
                  case DESCRIPTION:
                    continue;
                  default:
                    definitionKey.assertUnexpectedValue(`${DEFINITION} mapping key`);
                    break;
                }
                break;
              }
              if (!definition) {
                throw new Error(`Not enough information to construct definition '${definitionsKey.value}'`);
              }
              this.definitions[definitionsKey.value] = definition;
            }
            break;
          }
          default:
            key.assertUnexpectedValue(`${TEMPLATE_SCHEMA} key`);
            break;
        }
      }
    }
  }
  /**
   * Looks up a definition by name
   */
  getDefinition(name) {
    const result = this.definitions[name];
    if (result) {
      return result;
    }
    throw new Error(`Schema definition '${name}' not found`);
  }
  /**
   * Expands one-of definitions and returns all scalar definitions
   */
  getScalarDefinitions(definition) {
    const result = [];
    switch (definition.definitionType) {
      case DefinitionType.Null:
      case DefinitionType.Boolean:
      case DefinitionType.Number:
      case DefinitionType.String:
        result.push(definition);
        break;
      case DefinitionType.OneOf: {
        const oneOf2 = definition;
        for (const nestedName of oneOf2.oneOf) {
          const nestedDefinition = this.getDefinition(nestedName);
          result.push(...this.getScalarDefinitions(nestedDefinition));
        }
        break;
      }
    }
    return result;
  }
  /**
   * Expands one-of definitions and returns all matching definitions by type
   */
  getDefinitionsOfType(definition, type) {
    const result = [];
    if (definition.definitionType === type) {
      result.push(definition);
    } else if (definition.definitionType === DefinitionType.OneOf) {
      const oneOf2 = definition;
      for (const nestedName of oneOf2.oneOf) {
        const nestedDefinition = this.getDefinition(nestedName);
        if (nestedDefinition.definitionType === type) {
          result.push(nestedDefinition);
        }
      }
    }
    return result;
  }
  /**
   * Attempts match the property name to a property defined by any of the specified definitions.
   * If matched, any unmatching definitions are filtered from the definitions array.
   * Returns the type information for the matched property.
   */
  matchPropertyAndFilter(definitions2, propertyName) {
    let result;
    let notFoundInSome = false;
    for (const definition of definitions2) {
      const propertyDef = definition.properties[propertyName];
      if (propertyDef) {
        result = propertyDef;
      } else {
        notFoundInSome = true;
      }
    }
    if (result && notFoundInSome) {
      for (let i = 0; i < definitions2.length; ) {
        if (definitions2[i].properties[propertyName]) {
          i++;
        } else {
          definitions2.splice(i, 1);
        }
      }
    }
    return result;
  }
  validate() {
    const oneOfDefinitions = {};
    for (const name of Object.keys(this.definitions)) {
      if (!name.match(_TemplateSchema._definitionNamePattern)) {
        throw new Error(`Invalid definition name '${name}'`);
      }
      const definition = this.definitions[name];
      if (definition.definitionType === DefinitionType.OneOf) {
        oneOfDefinitions[name] = definition;
      } else {
        definition.validate(this, name);
      }
    }
    for (const name of Object.keys(oneOfDefinitions)) {
      const oneOf2 = oneOfDefinitions[name];
      oneOf2.validate(this, name);
    }
  }
  /**
   * Loads a user-defined schema file
   */
  static load(objectReader) {
    const context = new TemplateContext(new TemplateValidationErrors(10, 500), _TemplateSchema.getInternalSchema(), new NoOperationTraceWriter());
    const template = readTemplate(context, TEMPLATE_SCHEMA, objectReader, void 0);
    context.errors.check();
    const mapping = template.assertMapping(TEMPLATE_SCHEMA);
    const schema3 = new _TemplateSchema(mapping);
    schema3.validate();
    return schema3;
  }
  /**
   * Gets the internal schema used for reading user-defined schema files
   */
  static getInternalSchema() {
    if (_TemplateSchema._internalSchema === void 0) {
      const schema3 = new _TemplateSchema();
      let mappingDefinition = new MappingDefinition(TEMPLATE_SCHEMA);
      mappingDefinition.properties[VERSION] = new PropertyDefinition(new StringToken(void 0, void 0, NON_EMPTY_STRING, void 0));
      mappingDefinition.properties[DEFINITIONS] = new PropertyDefinition(new StringToken(void 0, void 0, DEFINITIONS, void 0));
      schema3.definitions[mappingDefinition.key] = mappingDefinition;
      mappingDefinition = new MappingDefinition(DEFINITIONS);
      mappingDefinition.looseKeyType = NON_EMPTY_STRING;
      mappingDefinition.looseValueType = DEFINITION;
      schema3.definitions[mappingDefinition.key] = mappingDefinition;
      let oneOfDefinition = new OneOfDefinition(DEFINITION);
      oneOfDefinition.oneOf.push(NULL_DEFINITION);
      oneOfDefinition.oneOf.push(BOOLEAN_DEFINITION);
      oneOfDefinition.oneOf.push(NUMBER_DEFINITION);
      oneOfDefinition.oneOf.push(STRING_DEFINITION);
      oneOfDefinition.oneOf.push(SEQUENCE_DEFINITION);
      oneOfDefinition.oneOf.push(MAPPING_DEFINITION);
      oneOfDefinition.oneOf.push(ONE_OF_DEFINITION);
      schema3.definitions[oneOfDefinition.key] = oneOfDefinition;
      mappingDefinition = new MappingDefinition(NULL_DEFINITION);
      mappingDefinition.properties[DESCRIPTION] = new PropertyDefinition(new StringToken(void 0, void 0, STRING, void 0));
      mappingDefinition.properties[CONTEXT] = new PropertyDefinition(new StringToken(void 0, void 0, SEQUENCE_OF_NON_EMPTY_STRING, void 0));
      mappingDefinition.properties[NULL] = new PropertyDefinition(new StringToken(void 0, void 0, NULL_DEFINITION_PROPERTIES, void 0));
      schema3.definitions[mappingDefinition.key] = mappingDefinition;
      mappingDefinition = new MappingDefinition(NULL_DEFINITION_PROPERTIES);
      schema3.definitions[mappingDefinition.key] = mappingDefinition;
      mappingDefinition = new MappingDefinition(BOOLEAN_DEFINITION);
      mappingDefinition.properties[DESCRIPTION] = new PropertyDefinition(new StringToken(void 0, void 0, STRING, void 0));
      mappingDefinition.properties[CONTEXT] = new PropertyDefinition(new StringToken(void 0, void 0, SEQUENCE_OF_NON_EMPTY_STRING, void 0));
      mappingDefinition.properties[BOOLEAN] = new PropertyDefinition(new StringToken(void 0, void 0, BOOLEAN_DEFINITION_PROPERTIES, void 0));
      schema3.definitions[mappingDefinition.key] = mappingDefinition;
      mappingDefinition = new MappingDefinition(BOOLEAN_DEFINITION_PROPERTIES);
      schema3.definitions[mappingDefinition.key] = mappingDefinition;
      mappingDefinition = new MappingDefinition(NUMBER_DEFINITION);
      mappingDefinition.properties[DESCRIPTION] = new PropertyDefinition(new StringToken(void 0, void 0, STRING, void 0));
      mappingDefinition.properties[CONTEXT] = new PropertyDefinition(new StringToken(void 0, void 0, SEQUENCE_OF_NON_EMPTY_STRING, void 0));
      mappingDefinition.properties[NUMBER] = new PropertyDefinition(new StringToken(void 0, void 0, NUMBER_DEFINITION_PROPERTIES, void 0));
      schema3.definitions[mappingDefinition.key] = mappingDefinition;
      mappingDefinition = new MappingDefinition(NUMBER_DEFINITION_PROPERTIES);
      schema3.definitions[mappingDefinition.key] = mappingDefinition;
      mappingDefinition = new MappingDefinition(STRING_DEFINITION);
      mappingDefinition.properties[DESCRIPTION] = new PropertyDefinition(new StringToken(void 0, void 0, STRING, void 0));
      mappingDefinition.properties[CONTEXT] = new PropertyDefinition(new StringToken(void 0, void 0, SEQUENCE_OF_NON_EMPTY_STRING, void 0));
      mappingDefinition.properties[STRING] = new PropertyDefinition(new StringToken(void 0, void 0, STRING_DEFINITION_PROPERTIES, void 0));
      schema3.definitions[mappingDefinition.key] = mappingDefinition;
      mappingDefinition = new MappingDefinition(STRING_DEFINITION_PROPERTIES);
      mappingDefinition.properties[CONSTANT] = new PropertyDefinition(new StringToken(void 0, void 0, NON_EMPTY_STRING, void 0));
      mappingDefinition.properties[IGNORE_CASE] = new PropertyDefinition(new StringToken(void 0, void 0, BOOLEAN, void 0));
      mappingDefinition.properties[REQUIRE_NON_EMPTY] = new PropertyDefinition(new StringToken(void 0, void 0, BOOLEAN, void 0));
      mappingDefinition.properties[IS_EXPRESSION] = new PropertyDefinition(new StringToken(void 0, void 0, BOOLEAN, void 0));
      schema3.definitions[mappingDefinition.key] = mappingDefinition;
      mappingDefinition = new MappingDefinition(SEQUENCE_DEFINITION);
      mappingDefinition.properties[DESCRIPTION] = new PropertyDefinition(new StringToken(void 0, void 0, STRING, void 0));
      mappingDefinition.properties[CONTEXT] = new PropertyDefinition(new StringToken(void 0, void 0, SEQUENCE_OF_NON_EMPTY_STRING, void 0));
      mappingDefinition.properties[SEQUENCE] = new PropertyDefinition(new StringToken(void 0, void 0, SEQUENCE_DEFINITION_PROPERTIES, void 0));
      schema3.definitions[mappingDefinition.key] = mappingDefinition;
      mappingDefinition = new MappingDefinition(SEQUENCE_DEFINITION_PROPERTIES);
      mappingDefinition.properties[ITEM_TYPE] = new PropertyDefinition(new StringToken(void 0, void 0, NON_EMPTY_STRING, void 0));
      schema3.definitions[mappingDefinition.key] = mappingDefinition;
      mappingDefinition = new MappingDefinition(MAPPING_DEFINITION);
      mappingDefinition.properties[DESCRIPTION] = new PropertyDefinition(new StringToken(void 0, void 0, STRING, void 0));
      mappingDefinition.properties[CONTEXT] = new PropertyDefinition(new StringToken(void 0, void 0, SEQUENCE_OF_NON_EMPTY_STRING, void 0));
      mappingDefinition.properties[MAPPING] = new PropertyDefinition(new StringToken(void 0, void 0, MAPPING_DEFINITION_PROPERTIES, void 0));
      schema3.definitions[mappingDefinition.key] = mappingDefinition;
      mappingDefinition = new MappingDefinition(MAPPING_DEFINITION_PROPERTIES);
      mappingDefinition.properties[PROPERTIES] = new PropertyDefinition(new StringToken(void 0, void 0, PROPERTIES, void 0));
      mappingDefinition.properties[LOOSE_KEY_TYPE] = new PropertyDefinition(new StringToken(void 0, void 0, NON_EMPTY_STRING, void 0));
      mappingDefinition.properties[LOOSE_VALUE_TYPE] = new PropertyDefinition(new StringToken(void 0, void 0, NON_EMPTY_STRING, void 0));
      schema3.definitions[mappingDefinition.key] = mappingDefinition;
      mappingDefinition = new MappingDefinition(PROPERTIES);
      mappingDefinition.looseKeyType = NON_EMPTY_STRING;
      mappingDefinition.looseValueType = PROPERTY_VALUE;
      schema3.definitions[mappingDefinition.key] = mappingDefinition;
      oneOfDefinition = new OneOfDefinition(PROPERTY_VALUE);
      oneOfDefinition.oneOf.push(NON_EMPTY_STRING);
      oneOfDefinition.oneOf.push(MAPPING_PROPERTY_VALUE);
      schema3.definitions[oneOfDefinition.key] = oneOfDefinition;
      mappingDefinition = new MappingDefinition(MAPPING_PROPERTY_VALUE);
      mappingDefinition.properties[TYPE] = new PropertyDefinition(new StringToken(void 0, void 0, NON_EMPTY_STRING, void 0));
      mappingDefinition.properties[REQUIRED] = new PropertyDefinition(new StringToken(void 0, void 0, BOOLEAN, void 0));
      mappingDefinition.properties[DESCRIPTION] = new PropertyDefinition(new StringToken(void 0, void 0, STRING, void 0));
      schema3.definitions[mappingDefinition.key] = mappingDefinition;
      mappingDefinition = new MappingDefinition(ONE_OF_DEFINITION);
      mappingDefinition.properties[DESCRIPTION] = new PropertyDefinition(new StringToken(void 0, void 0, STRING, void 0));
      mappingDefinition.properties[CONTEXT] = new PropertyDefinition(new StringToken(void 0, void 0, SEQUENCE_OF_NON_EMPTY_STRING, void 0));
      mappingDefinition.properties[ONE_OF] = new PropertyDefinition(new StringToken(void 0, void 0, SEQUENCE_OF_NON_EMPTY_STRING, void 0));
      mappingDefinition.properties[ALLOWED_VALUES] = new PropertyDefinition(new StringToken(void 0, void 0, SEQUENCE_OF_NON_EMPTY_STRING, void 0));
      schema3.definitions[mappingDefinition.key] = mappingDefinition;
      const stringDefinition = new StringDefinition(NON_EMPTY_STRING);
      stringDefinition.requireNonEmpty = true;
      schema3.definitions[stringDefinition.key] = stringDefinition;
      const sequenceDefinition = new SequenceDefinition(SEQUENCE_OF_NON_EMPTY_STRING);
      sequenceDefinition.itemType = NON_EMPTY_STRING;
      schema3.definitions[sequenceDefinition.key] = sequenceDefinition;
      schema3.validate();
      _TemplateSchema._internalSchema = schema3;
    }
    return _TemplateSchema._internalSchema;
  }
};
TemplateSchema._definitionNamePattern = /^[a-zA-Z_][a-zA-Z0-9_-]*$/;

// node_modules/@actions/workflow-parser/dist/workflow-v1.0.min.json
var workflow_v1_0_min_default = { version: "workflow-v1.0", definitions: { "workflow-root": { description: "A workflow file.", mapping: { properties: { on: "on", name: "workflow-name", description: "workflow-description", "run-name": "run-name", defaults: "workflow-defaults", env: "workflow-env", permissions: "permissions", concurrency: "workflow-concurrency", jobs: { type: "jobs", required: true } } } }, "workflow-root-strict": { description: "Workflow file with strict validation", mapping: { properties: { on: { type: "on-strict", required: true }, name: "workflow-name", description: "workflow-description", "run-name": "run-name", defaults: "workflow-defaults", env: "workflow-env", permissions: "permissions", concurrency: "workflow-concurrency", jobs: { type: "jobs", required: true } } } }, "workflow-name": { description: "The name of the workflow that GitHub displays on your repository's 'Actions' tab.\n\n[Documentation](https://docs.github.com/actions/using-workflows/workflow-syntax-for-github-actions#name)", string: {} }, "workflow-description": { description: "A description for your workflow or reusable workflow", string: {} }, "run-name": { context: ["github", "inputs", "vars"], string: {}, description: "The name for workflow runs generated from the workflow. GitHub displays the workflow run name in the list of workflow runs on your repository's 'Actions' tab.\n\n[Documentation](https://docs.github.com/actions/using-workflows/workflow-syntax-for-github-actions#run-name)" }, on: { description: "The GitHub event that triggers the workflow. Events can be a single string, array of events, array of event types, or an event configuration map that schedules a workflow or restricts the execution of a workflow to specific files, tags, or branch changes. View a full list of [events that trigger workflows](https://docs.github.com/actions/using-workflows/events-that-trigger-workflows).\n\n[Documentation](https://docs.github.com/actions/using-workflows/workflow-syntax-for-github-actions#on)", "one-of": ["string", "sequence", "on-mapping"] }, "on-mapping": { mapping: { properties: { workflow_call: "workflow-call" }, "loose-key-type": "non-empty-string", "loose-value-type": "any" } }, "on-strict": { description: "The GitHub event that triggers the workflow.  Events can be a single string, array of events, array of event types, or an event configuration map that schedules a workflow or restricts the execution of a workflow to specific files, tags, or branch changes. View a full list of [events that trigger workflows](https://docs.github.com/actions/using-workflows/events-that-trigger-workflows).\n\n[Documentation](https://docs.github.com/actions/using-workflows/workflow-syntax-for-github-actions#on)", "one-of": ["on-string-strict", "on-sequence-strict", "on-mapping-strict"] }, "on-mapping-strict": { description: "The GitHub event that triggers the workflow.  Events can be a single string, array of events, array of event types, or an event configuration map that schedules a workflow or restricts the execution of a workflow to specific files, tags, or branch changes. View a full list of [events that trigger workflows](https://docs.github.com/actions/using-workflows/events-that-trigger-workflows).\n\n[Documentation](https://docs.github.com/actions/using-workflows/workflow-syntax-for-github-actions#on)", mapping: { properties: { branch_protection_rule: "branch-protection-rule", check_run: "check-run", check_suite: "check-suite", create: "create", delete: "delete", deployment: "deployment", deployment_status: "deployment-status", discussion: "discussion", discussion_comment: "discussion-comment", fork: "fork", gollum: "gollum", image_version: "image-version", issue_comment: "issue-comment", issues: "issues", label: "label", merge_group: "merge-group", milestone: "milestone", page_build: "page-build", project: "project", project_card: "project-card", project_column: "project-column", public: "public", pull_request: "pull-request", pull_request_comment: "pull-request-comment", pull_request_review: "pull-request-review", pull_request_review_comment: "pull-request-review-comment", pull_request_target: "pull-request-target", push: "push", registry_package: "registry-package", release: "release", repository_dispatch: "repository-dispatch", schedule: "schedule", status: "status", watch: "watch", workflow_call: "workflow-call", workflow_dispatch: "workflow-dispatch", workflow_run: "workflow-run" } } }, "on-string-strict": { "one-of": ["branch-protection-rule-string", "check-run-string", "check-suite-string", "create-string", "delete-string", "deployment-string", "deployment-status-string", "discussion-string", "discussion-comment-string", "fork-string", "gollum-string", "image-version-string", "issue-comment-string", "issues-string", "label-string", "merge-group-string", "milestone-string", "page-build-string", "project-string", "project-card-string", "project-column-string", "public-string", "pull-request-string", "pull-request-comment-string", "pull-request-review-string", "pull-request-review-comment-string", "pull-request-target-string", "push-string", "registry-package-string", "release-string", "repository-dispatch-string", "schedule-string", "status-string", "watch-string", "workflow-call-string", "workflow-dispatch-string", "workflow-run-string"] }, "on-sequence-strict": { sequence: { "item-type": "on-string-strict" } }, "branch-protection-rule-string": { description: "Runs your workflow when branch protection rules in the workflow repository are changed.", string: { constant: "branch_protection_rule" } }, "branch-protection-rule": { description: "Runs your workflow when branch protection rules in the workflow repository are changed.", "one-of": ["null", "branch-protection-rule-mapping"] }, "branch-protection-rule-mapping": { mapping: { properties: { types: "branch-protection-rule-activity" } } }, "branch-protection-rule-activity": { description: "The types of branch protection rule activity that trigger the workflow. Supported activity types: `created`, `edited`, `deleted`.", "one-of": ["branch-protection-rule-activity-type", "branch-protection-rule-activity-types"] }, "branch-protection-rule-activity-types": { sequence: { "item-type": "branch-protection-rule-activity-type" } }, "branch-protection-rule-activity-type": { "allowed-values": ["created", "edited", "deleted"] }, "check-run-string": { description: "Runs your workflow when activity related to a check run occurs. A check run is an individual test that is part of a check suite.", string: { constant: "check_run" } }, "check-run": { description: "Runs your workflow when activity related to a check run occurs. A check run is an individual test that is part of a check suite.", "one-of": ["null", "check-run-mapping"] }, "check-run-mapping": { mapping: { properties: { types: "check-run-activity" } } }, "check-run-activity": { description: "The types of check run activity that trigger the workflow. Supported activity types: `created`, `rerequested`, `completed`, `requested_action`.", "one-of": ["check-run-activity-type", "check-run-activity-types"] }, "check-run-activity-types": { sequence: { "item-type": "check-run-activity-type" } }, "check-run-activity-type": { "allowed-values": ["completed", "created", "rerequested", "requested_action"] }, "check-suite-string": { description: "Runs your workflow when check suite activity occurs. A check suite is a collection of the check runs created for a specific commit. Check suites summarize the status and conclusion of the check runs that are in the suite.", string: { constant: "check_suite" } }, "check-suite": { description: "Runs your workflow when check suite activity occurs. A check suite is a collection of the check runs created for a specific commit. Check suites summarize the status and conclusion of the check runs that are in the suite.", "one-of": ["null", "check-suite-mapping"] }, "check-suite-mapping": { mapping: { properties: { types: "check-suite-activity" } } }, "check-suite-activity": { description: "The types of check suite activity that trigger the workflow. Supported activity types: `completed`.", "one-of": ["check-suite-activity-type", "check-suite-activity-types"] }, "check-suite-activity-types": { sequence: { "item-type": "check-suite-activity-type" } }, "check-suite-activity-type": { "allowed-values": ["completed"] }, "create-string": { description: "Runs your workflow when someone creates a Git reference (Git branch or tag) in the workflow's repository.", string: { constant: "create" } }, create: { description: "Runs your workflow when someone creates a Git reference (Git branch or tag) in the workflow's repository.", null: {} }, "delete-string": { description: "Runs your workflow when someone deletes a Git reference (Git branch or tag) in the workflow's repository.", string: { constant: "delete" } }, delete: { description: "Runs your workflow when someone deletes a Git reference (Git branch or tag) in the workflow's repository.", null: {} }, "deployment-string": { description: "Runs your workflow when someone creates a deployment in the workflow's repository. Deployments created with a commit SHA may not have a Git ref.", string: { constant: "deployment" } }, deployment: { description: "Runs your workflow when someone creates a deployment in the workflow's repository. Deployments created with a commit SHA may not have a Git ref.", null: {} }, "deployment-status-string": { description: "Runs your workflow when a third party provides a deployment status. Deployments created with a commit SHA may not have a Git ref.", string: { constant: "deployment_status" } }, "deployment-status": { description: "Runs your workflow when a third party provides a deployment status. Deployments created with a commit SHA may not have a Git ref.", null: {} }, "discussion-string": { description: "Runs your workflow when a discussion in the workflow's repository is created or modified. For activity related to comments on a discussion, use the `discussion_comment` event.", string: { constant: "discussion" } }, discussion: { description: "Runs your workflow when a discussion in the workflow's repository is created or modified. For activity related to comments on a discussion, use the `discussion_comment` event.", "one-of": ["null", "discussion-mapping"] }, "discussion-mapping": { mapping: { properties: { types: "discussion-activity" } } }, "discussion-activity": { description: "The types of discussion activity that trigger the workflow. Supported activity types: `created`, `edited`, `deleted`, `transferred`, `pinned`, `unpinned`, `labeled`, `unlabeled`, `locked`, `unlocked`, `category_changed`, `answered`, `unanswered`.", "one-of": ["discussion-activity-type", "discussion-activity-types"] }, "discussion-activity-types": { sequence: { "item-type": "discussion-activity-type" } }, "discussion-activity-type": { "allowed-values": ["created", "edited", "deleted", "transferred", "pinned", "unpinned", "labeled", "unlabeled", "locked", "unlocked", "category_changed", "answered", "unanswered"] }, "discussion-comment-string": { description: "Runs your workflow when a comment on a discussion in the workflow's repository is created or modified. For activity related to a discussion as opposed to comments on the discussion, use the `discussion` event.", string: { constant: "discussion_comment" } }, "discussion-comment": { description: "Runs your workflow when a comment on a discussion in the workflow's repository is created or modified. For activity related to a discussion as opposed to comments on the discussion, use the `discussion` event.", "one-of": ["null", "discussion-comment-mapping"] }, "discussion-comment-mapping": { mapping: { properties: { types: "discussion-comment-activity" } } }, "discussion-comment-activity": { description: "The types of discussion comment activity that trigger the workflow. Supported activity types: `created`, `edited`, `deleted`.", "one-of": ["discussion-comment-activity-type", "discussion-comment-activity-types"] }, "discussion-comment-activity-types": { sequence: { "item-type": "discussion-comment-activity-type" } }, "discussion-comment-activity-type": { "allowed-values": ["created", "edited", "deleted"] }, "fork-string": { description: "Runs your workflow when someone forks a repository.", string: { constant: "fork" } }, fork: { description: "Runs your workflow when someone forks a repository.", null: {} }, "gollum-string": { description: "Runs your workflow when someone creates or updates a Wiki page.", string: { constant: "gollum" } }, gollum: { description: "Runs your workflow when someone creates or updates a Wiki page.", null: {} }, "image-version-string": { description: "Runs your workflow when an image version is created or changes state.", string: { constant: "image_version" } }, "image-version": { description: "Runs your workflow when an image version is created or changes state.", "one-of": ["null", "image-version-mapping"] }, "image-version-mapping": { mapping: { properties: { types: "image-version-activity", names: "event-names", versions: "event-versions" } } }, "image-version-activity": { description: "The types of image version activity that trigger the workflow. Supported activity types: `created`, `ready`, `deleted`.", "one-of": ["image-version-activity-type", "image-version-activity-types"] }, "image-version-activity-types": { sequence: { "item-type": "image-version-activity-type" } }, "image-version-activity-type": { "allowed-values": ["created", "ready", "deleted"] }, "issue-comment-string": { description: "Runs your workflow when an issue or pull request comment is created, edited, or deleted.", string: { constant: "issue_comment" } }, "issue-comment": { description: "Runs your workflow when an issue or pull request comment is created, edited, or deleted.", "one-of": ["null", "issue-comment-mapping"] }, "issue-comment-mapping": { mapping: { properties: { types: "issue-comment-activity" } } }, "issue-comment-activity": { description: "The types of issue comment activity that trigger the workflow. Supported activity types: `created`, `edited`, `deleted`.", "one-of": ["issue-comment-activity-type", "issue-comment-activity-types"] }, "issue-comment-activity-types": { sequence: { "item-type": "issue-comment-activity-type" } }, "issue-comment-activity-type": { "allowed-values": ["created", "edited", "deleted"] }, "issues-string": { description: "Runs your workflow when an issue in the workflow's repository is created or modified. For activity related to comments in an issue, use the `issue_comment` event.", string: { constant: "issues" } }, issues: { description: "Runs your workflow when an issue in the workflow's repository is created or modified. For activity related to comments in an issue, use the `issue_comment` event.", "one-of": ["null", "issues-mapping"] }, "issues-mapping": { mapping: { properties: { types: "issues-activity" } } }, "issues-activity": { description: "The types of issue activity that trigger the workflow. Supported activity types: `opened`, `edited`, `deleted`, `transferred`, `pinned`, `unpinned`, `closed`, `reopened`, `assigned`, `unassigned`, `labeled`, `unlabeled`, `locked`, `unlocked`, `milestoned`, `demilestoned`, `field_added`, `field_removed`, `typed`, `untyped`.", "one-of": ["issues-activity-type", "issues-activity-types"] }, "issues-activity-types": { sequence: { "item-type": "issues-activity-type" } }, "issues-activity-type": { "allowed-values": ["opened", "edited", "deleted", "transferred", "pinned", "unpinned", "closed", "reopened", "assigned", "unassigned", "labeled", "unlabeled", "locked", "unlocked", "milestoned", "demilestoned", "field_added", "field_removed", "typed", "untyped"] }, "label-string": { description: "Runs your workflow when a label in your workflow's repository is created or modified.", string: { constant: "label" } }, label: { description: "Runs your workflow when a label in your workflow's repository is created or modified.", "one-of": ["null", "label-mapping"] }, "label-mapping": { mapping: { properties: { types: "label-activity" } } }, "label-activity": { description: "The types of label activity that trigger the workflow. Supported activity types: `created`, `edited`, `deleted`.", "one-of": ["label-activity-type", "label-activity-types"] }, "label-activity-types": { sequence: { "item-type": "label-activity-type" } }, "label-activity-type": { "allowed-values": ["created", "edited", "deleted"] }, "merge-group-string": { description: "Runs your workflow when a pull request is added to a merge queue, which adds the pull request to a merge group.", string: { constant: "merge_group" } }, "merge-group": { description: "Runs your workflow when a pull request is added to a merge queue, which adds the pull request to a merge group.", "one-of": ["null", "merge-group-mapping"] }, "merge-group-mapping": { mapping: { properties: { types: "merge-group-activity", branches: "event-branches", "branches-ignore": "event-branches-ignore" } } }, "merge-group-activity": { description: "The types of merge group activity that trigger the workflow. Supported activity types: `checks_requested`.", "one-of": ["merge-group-activity-type", "merge-group-activity-types"] }, "merge-group-activity-types": { sequence: { "item-type": "merge-group-activity-type" } }, "merge-group-activity-type": { "allowed-values": ["checks_requested"] }, "milestone-string": { description: "Runs your workflow when a milestone in the workflow's repository is created or modified.", string: { constant: "milestone" } }, milestone: { description: "Runs your workflow when a milestone in the workflow's repository is created or modified.", "one-of": ["null", "milestone-mapping"] }, "milestone-mapping": { mapping: { properties: { types: "milestone-activity" } } }, "milestone-activity": { description: "The types of milestone activity that trigger the workflow. Supported activity types: `created`, `closed`, `opened`, `edited`, `deleted`.", "one-of": ["milestone-activity-type", "milestone-activity-types"] }, "milestone-activity-types": { sequence: { "item-type": "milestone-activity-type" } }, "milestone-activity-type": { "allowed-values": ["created", "closed", "opened", "edited", "deleted"] }, "page-build-string": { description: "Runs your workflow when someone pushes to a branch that is the publishing source for GitHub Pages, if GitHub Pages is enabled for the repository.", string: { constant: "page_build" } }, "page-build": { description: "Runs your workflow when someone pushes to a branch that is the publishing source for GitHub Pages, if GitHub Pages is enabled for the repository.", null: {} }, "project-string": { description: "Runs your workflow when a project board is created or modified. For activity related to cards or columns in a project board, use the `project_card` or `project_column` events instead.", string: { constant: "project" } }, project: { description: "Runs your workflow when a project board is created or modified. For activity related to cards or columns in a project board, use the `project_card` or `project_column` events instead.", "one-of": ["null", "project-mapping"] }, "project-mapping": { mapping: { properties: { types: "project-activity" } } }, "project-activity": { description: "The types of project activity that trigger the workflow. Supported activity types: `created`, `closed`, `reopened`, `edited`, `deleted`.", "one-of": ["project-activity-type", "project-activity-types"] }, "project-activity-types": { sequence: { "item-type": "project-activity-type" } }, "project-activity-type": { "allowed-values": ["created", "closed", "reopened", "edited", "deleted"] }, "project-card-string": { description: "Runs your workflow when a card on a project board is created or modified. For activity related to project boards or columns in a project board, use the `project` or `project_column` event instead.", string: { constant: "project_card" } }, "project-card": { description: "Runs your workflow when a card on a project board is created or modified. For activity related to project boards or columns in a project board, use the `project` or `project_column` event instead.", "one-of": ["null", "project-card-mapping"] }, "project-card-mapping": { mapping: { properties: { types: "project-card-activity" } } }, "project-card-activity": { description: "The types of project card activity that trigger the workflow. Supported activity types: `created`, `moved`, `converted`, `edited`, `deleted`.", "one-of": ["project-card-activity-type", "project-card-activity-types"] }, "project-card-activity-types": { sequence: { "item-type": "project-card-activity-type" } }, "project-card-activity-type": { "allowed-values": ["created", "moved", "converted", "edited", "deleted"] }, "project-column-string": { description: "Runs your workflow when a column on a project board is created or modified. For activity related to project boards or cards in a project board, use the `project` or `project_card` event instead.", string: { constant: "project_column" } }, "project-column": { description: "Runs your workflow when a column on a project board is created or modified. For activity related to project boards or cards in a project board, use the `project` or `project_card` event instead.", "one-of": ["null", "project-column-mapping"] }, "project-column-mapping": { mapping: { properties: { types: "project-column-activity" } } }, "project-column-activity": { description: "The types of project column activity that trigger the workflow. Supported activity types: `created`, `updated`, `moved`, `deleted`.", "one-of": ["project-column-activity-type", "project-column-activity-types"] }, "project-column-activity-types": { sequence: { "item-type": "project-column-activity-type" } }, "project-column-activity-type": { "allowed-values": ["created", "updated", "moved", "deleted"] }, "public-string": { description: "Runs your workflow when your workflow's repository changes from private to public.", string: { constant: "public" } }, public: { description: "Runs your workflow when your workflow's repository changes from private to public.", null: {} }, "pull-request-string": { description: "Runs your workflow when activity on a pull request in the workflow's repository occurs. If no activity types are specified, the workflow runs when a pull request is opened, reopened, or when the head branch of the pull request is updated.", string: { constant: "pull_request" } }, "pull-request": { description: "Runs your workflow when activity on a pull request in the workflow's repository occurs. If no activity types are specified, the workflow runs when a pull request is opened, reopened, or when the head branch of the pull request is updated.", "one-of": ["null", "pull-request-mapping"] }, "pull-request-mapping": { mapping: { properties: { types: "pull-request-activity", branches: "event-branches", "branches-ignore": "event-branches-ignore", paths: "event-paths", "paths-ignore": "event-paths-ignore" } } }, "pull-request-activity": { description: "The types of pull request activity that trigger the workflow. Supported activity types: `assigned`, `unassigned`, `labeled`, `unlabeled`, `opened`, `edited`, `closed`, `reopened`, `synchronize`, `converted_to_draft`, `locked`, `unlocked`, `enqueued`, `dequeued`, `milestoned`, `demilestoned`, `ready_for_review`, `review_requested`, `review_request_removed`, `auto_merge_enabled`, `auto_merge_disabled`, `stacked`.", "one-of": ["pull-request-activity-type", "pull-request-activity-types"] }, "pull-request-activity-types": { sequence: { "item-type": "pull-request-activity-type" } }, "pull-request-activity-type": { "allowed-values": ["assigned", "unassigned", "labeled", "unlabeled", "opened", "edited", "closed", "reopened", "synchronize", "converted_to_draft", "locked", "unlocked", "enqueued", "dequeued", "milestoned", "demilestoned", "ready_for_review", "review_requested", "review_request_removed", "auto_merge_enabled", "auto_merge_disabled", "stacked"] }, "pull-request-comment-string": { description: "Please use the `issue_comment` event instead.", string: { constant: "pull_request_comment" } }, "pull-request-comment": { description: "Please use the `issue_comment` event instead.", "one-of": ["null", "issue-comment-mapping"] }, "pull-request-review-string": { description: "Runs your workflow when a pull request review is submitted, edited, or dismissed. A pull request review is a group of pull request review comments in addition to a body comment and a state. For activity related to pull request review comments or pull request comments, use the `pull_request_review_comment` or `issue_comment` events instead.", string: { constant: "pull_request_review" } }, "pull-request-review": { description: "Runs your workflow when a pull request review is submitted, edited, or dismissed. A pull request review is a group of pull request review comments in addition to a body comment and a state. For activity related to pull request review comments or pull request comments, use the `pull_request_review_comment` or `issue_comment` events instead.", "one-of": ["null", "pull-request-review-mapping"] }, "pull-request-review-mapping": { mapping: { properties: { types: "pull-request-review-activity" } } }, "pull-request-review-activity": { description: "The types of pull request review activity that trigger the workflow. Supported activity types: `submitted`, `edited`, `dismissed`.", "one-of": ["pull-request-review-activity-type", "pull-request-review-activity-types"] }, "pull-request-review-activity-types": { sequence: { "item-type": "pull-request-review-activity-type" } }, "pull-request-review-activity-type": { "allowed-values": ["submitted", "edited", "dismissed"] }, "pull-request-review-comment-string": { description: "", string: { constant: "pull_request_review_comment" } }, "pull-request-review-comment": { description: "", "one-of": ["null", "pull-request-review-comment-mapping"] }, "pull-request-review-comment-mapping": { mapping: { properties: { types: "pull-request-review-comment-activity" } } }, "pull-request-review-comment-activity": { description: "The types of pull request review comment activity that trigger the workflow. Supported activity types: `created`, `edited`, `deleted`.", "one-of": ["pull-request-review-comment-activity-type", "pull-request-review-comment-activity-types"] }, "pull-request-review-comment-activity-types": { sequence: { "item-type": "pull-request-review-comment-activity-type" } }, "pull-request-review-comment-activity-type": { "allowed-values": ["created", "edited", "deleted"] }, "pull-request-target-string": { description: "Runs your workflow when activity on a pull request in the workflow's repository occurs. If no activity types are specified, the workflow runs when a pull request is opened, reopened, or when the head branch of the pull request is updated.\n\nThis event runs in the context of the base of the pull request, rather than in the context of the merge commit, as the `pull_request` event does. This prevents execution of unsafe code from the head of the pull request that could alter your repository or steal any secrets you use in your workflow. This event allows your workflow to do things like label or comment on pull requests from forks. Avoid using this event if you need to build or run code from the pull request.", string: { constant: "pull_request_target" } }, "pull-request-target": { description: "Runs your workflow when activity on a pull request in the workflow's repository occurs. If no activity types are specified, the workflow runs when a pull request is opened, reopened, or when the head branch of the pull request is updated.\n\nThis event runs in the context of the base of the pull request, rather than in the context of the merge commit, as the `pull_request` event does. This prevents execution of unsafe code from the head of the pull request that could alter your repository or steal any secrets you use in your workflow. This event allows your workflow to do things like label or comment on pull requests from forks. Avoid using this event if you need to build or run code from the pull request.", "one-of": ["null", "pull-request-target-mapping"] }, "pull-request-target-mapping": { mapping: { properties: { types: "pull-request-target-activity", branches: "event-branches", "branches-ignore": "event-branches-ignore", paths: "event-paths", "paths-ignore": "event-paths-ignore" } } }, "pull-request-target-activity": { description: "The types of pull request activity that trigger the workflow. Supported activity types: `assigned`, `unassigned`, `labeled`, `unlabeled`, `opened`, `edited`, `closed`, `reopened`, `synchronize`, `converted_to_draft`, `locked`, `unlocked`, `enqueued`, `dequeued`, `milestoned`, `demilestoned`, `ready_for_review`, `review_requested`, `review_request_removed`, `auto_merge_enabled`, `auto_merge_disabled`, `stacked`.", "one-of": ["pull-request-target-activity-type", "pull-request-target-activity-types"] }, "pull-request-target-activity-types": { sequence: { "item-type": "pull-request-target-activity-type" } }, "pull-request-target-activity-type": { "allowed-values": ["assigned", "unassigned", "labeled", "unlabeled", "opened", "edited", "closed", "reopened", "synchronize", "converted_to_draft", "locked", "unlocked", "enqueued", "dequeued", "milestoned", "demilestoned", "ready_for_review", "review_requested", "review_request_removed", "auto_merge_enabled", "auto_merge_disabled", "stacked"] }, "push-string": { description: "Runs your workflow when you push a commit or tag.", string: { constant: "push" } }, push: { description: "Runs your workflow when you push a commit or tag.", "one-of": ["null", "push-mapping"] }, "push-mapping": { mapping: { properties: { branches: "event-branches", "branches-ignore": "event-branches-ignore", tags: "event-tags", "tags-ignore": "event-tags-ignore", paths: "event-paths", "paths-ignore": "event-paths-ignore" } } }, "registry-package-string": { description: "Runs your workflow when activity related to GitHub Packages occurs in your repository.", string: { constant: "registry_package" } }, "registry-package": { description: "Runs your workflow when activity related to GitHub Packages occurs in your repository.", "one-of": ["null", "registry-package-mapping"] }, "registry-package-mapping": { mapping: { properties: { types: "registry-package-activity" } } }, "registry-package-activity": { description: "The types of registry package activity that trigger the workflow. Supported activity types: `published`, `updated`.", "one-of": ["registry-package-activity-type", "registry-package-activity-types"] }, "registry-package-activity-types": { sequence: { "item-type": "registry-package-activity-type" } }, "registry-package-activity-type": { "allowed-values": ["published", "updated"] }, "release-string": { description: "Runs your workflow when release activity in your repository occurs.", string: { constant: "release" } }, release: { description: "Runs your workflow when release activity in your repository occurs.", "one-of": ["null", "release-mapping"] }, "release-mapping": { mapping: { properties: { types: "release-activity" } } }, "release-activity": { description: "The types of release activity that trigger the workflow. Supported activity types: `published`, `unpublished`, `created`, `edited`, `deleted`, `prereleased`, `released`.", "one-of": ["release-activity-type", "release-activity-types"] }, "release-activity-types": { sequence: { "item-type": "release-activity-type" } }, "release-activity-type": { "allowed-values": ["published", "unpublished", "created", "edited", "deleted", "prereleased", "released"] }, "schedule-string": { description: "The `schedule` event allows you to trigger a workflow at a scheduled time.\n\nYou can schedule a workflow to run at specific UTC times using POSIX cron syntax. Scheduled workflows run on the latest commit on the default or base branch. The shortest interval you can run scheduled workflows is once every 5 minutes. GitHub Actions does not support the non-standard syntax `@yearly`, `@monthly`, `@weekly`, `@daily`, `@hourly`, and `@reboot`.", string: { constant: "schedule" } }, schedule: { description: "The `schedule` event allows you to trigger a workflow at a scheduled time.\n\nYou can schedule a workflow to run at specific UTC times using POSIX cron syntax. Scheduled workflows run on the latest commit on the default or base branch. The shortest interval you can run scheduled workflows is once every 5 minutes. GitHub Actions does not support the non-standard syntax `@yearly`, `@monthly`, `@weekly`, `@daily`, `@hourly`, and `@reboot`.", sequence: { "item-type": "cron-mapping" } }, "status-string": { description: "Runs your workflow when the status of a Git commit changes. For example, commits can be marked as `error`, `failure`, `pending`, or `success`. If you want to provide more details about the status change, you may want to use the `check_run` event.", string: { constant: "status" } }, status: { description: "Runs your workflow when the status of a Git commit changes. For example, commits can be marked as `error`, `failure`, `pending`, or `success`. If you want to provide more details about the status change, you may want to use the `check_run` event.", null: {} }, "watch-string": { description: "Runs your workflow when the workflow's repository is starred.", string: { constant: "watch" } }, watch: { description: "Runs your workflow when the workflow's repository is starred.", "one-of": ["null", "watch-mapping"] }, "watch-mapping": { mapping: { properties: { types: "watch-activity" } } }, "watch-activity": { description: "The types of watch activity that trigger the workflow. Supported activity types: `started`.", "one-of": ["watch-activity-type", "watch-activity-types"] }, "watch-activity-types": { sequence: { "item-type": "watch-activity-type" } }, "watch-activity-type": { "allowed-values": ["started"] }, "workflow-run-string": { description: "This event occurs when a workflow run is requested or completed. It allows you to execute a workflow based on execution or completion of another workflow. The workflow started by the `workflow_run` event is able to access secrets and write tokens, even if the previous workflow was not. This is useful in cases where the previous workflow is intentionally not privileged, but you need to take a privileged action in a later workflow.", string: { constant: "workflow_run" } }, "workflow-run": { description: "This event occurs when a workflow run is requested or completed. It allows you to execute a workflow based on execution or completion of another workflow. The workflow started by the `workflow_run` event is able to access secrets and write tokens, even if the previous workflow was not. This is useful in cases where the previous workflow is intentionally not privileged, but you need to take a privileged action in a later workflow.", "one-of": ["null", "workflow-run-mapping"] }, "workflow-run-mapping": { mapping: { properties: { types: "workflow-run-activity", workflows: "workflow-run-workflows", branches: "event-branches", "branches-ignore": "event-branches-ignore" } } }, "workflow-run-workflows": { description: "The name of the workflow that triggers the `workflow_run` event. The workflow must be in the same repository as the workflow that uses the `workflow_run` event.", "one-of": ["non-empty-string", "sequence-of-non-empty-string"] }, "workflow-run-activity": { description: "The types of workflow run activity that trigger the workflow. Supported activity types: `completed`, `requested`, `in_progress`.", "one-of": ["workflow-run-activity-type", "workflow-run-activity-types"] }, "workflow-run-activity-types": { sequence: { "item-type": "workflow-run-activity-type" } }, "workflow-run-activity-type": { "allowed-values": ["requested", "completed", "in_progress"] }, "event-branches": { description: "Use the `branches` filter when you want to include branch name patterns or when you want to both include and exclude branch name patterns. You cannot use both the `branches` and `branches-ignore` filters for the same event in a workflow.", "one-of": ["non-empty-string", "sequence-of-non-empty-string"] }, "event-branches-ignore": { description: "Use the `branches-ignore` filter when you only want to exclude branch name patterns. You cannot use both the `branches` and `branches-ignore` filters for the same event in a workflow.", "one-of": ["non-empty-string", "sequence-of-non-empty-string"] }, "event-names": { description: "Use the `names` filter when you want to include names via patterns or when you want to both include and exclude names using patterns. ", "one-of": ["non-empty-string", "sequence-of-non-empty-string"] }, "event-tags": { description: "Use the `tags` filter when you want to include tag name patterns or when you want to both include and exclude tag names patterns. You cannot use both the `tags` and `tags-ignore` filters for the same event in a workflow.", "one-of": ["non-empty-string", "sequence-of-non-empty-string"] }, "event-tags-ignore": { description: "Use the `tags-ignore` filter when you only want to exclude tag name patterns. You cannot use both the `tags` and `tags-ignore` filters for the same event in a workflow.", "one-of": ["non-empty-string", "sequence-of-non-empty-string"] }, "event-paths": { description: "Use the `paths` filter when you want to include file path patterns or when you want to both include and exclude file path patterns. You cannot use both the `paths` and `paths-ignore` filters for the same event in a workflow.", "one-of": ["non-empty-string", "sequence-of-non-empty-string"] }, "event-paths-ignore": { description: "Use the `paths-ignore` filter when you only want to exclude file path patterns. You cannot use both the `paths` and `paths-ignore` filters for the same event in a workflow.", "one-of": ["non-empty-string", "sequence-of-non-empty-string"] }, "event-versions": { description: "Use the `versions` filter when you want to include versions via patterns or when you want to both include and exclude versions using patterns. ", "one-of": ["non-empty-string", "sequence-of-non-empty-string"] }, "repository-dispatch-string": { description: "You can use the GitHub API to trigger a webhook event called `repository_dispatch` when you want to trigger a workflow for activity that happens outside of GitHub.", string: { constant: "branch_protection_rule" } }, "repository-dispatch": { description: "You can use the GitHub API to trigger a webhook event called `repository_dispatch` when you want to trigger a workflow for activity that happens outside of GitHub.", "one-of": ["null", "repository-dispatch-mapping"] }, "repository-dispatch-mapping": { mapping: { properties: { types: "sequence-of-non-empty-string" } } }, "workflow-call-string": { description: "The `workflow_call` event is used to indicate that a workflow can be called by another workflow. When a workflow is triggered with the `workflow_call` event, the event payload in the called workflow is the same event payload from the calling workflow.", string: { constant: "workflow_call" } }, "workflow-call": { description: "The `workflow_call` event is used to indicate that a workflow can be called by another workflow. When a workflow is triggered with the `workflow_call` event, the event payload in the called workflow is the same event payload from the calling workflow.", "one-of": ["null", "workflow-call-mapping"] }, "workflow-call-mapping": { mapping: { properties: { inputs: "workflow-call-inputs", secrets: "workflow-call-secrets", outputs: "workflow-call-outputs" } } }, "workflow-call-inputs": { description: "Inputs that are passed to the called workflow from the caller workflow.", mapping: { "loose-key-type": "non-empty-string", "loose-value-type": "workflow-call-input-definition" } }, "workflow-call-input-definition": { mapping: { properties: { description: { type: "string", description: "A string description of the input parameter." }, type: { type: "workflow-call-input-type", required: true }, required: { type: "boolean", description: "A boolean to indicate whether the action requires the input parameter. Set to `true` when the parameter is required." }, default: "workflow-call-input-default" } } }, "workflow-call-input-type": { description: "Required if input is defined for the `on.workflow_call` keyword. The value of this parameter is a string specifying the data type of the input. This must be one of: `boolean`, `number`, or `string`.", "one-of": ["input-type-string", "input-type-boolean", "input-type-number"] }, "input-type-string": { string: { constant: "string" } }, "input-type-boolean": { string: { constant: "boolean" } }, "input-type-number": { string: { constant: "number" } }, "input-type-choice": { string: { constant: "choice" } }, "input-type-environment": { string: { constant: "environment" } }, "workflow-call-input-default": { description: 'If a `default` parameter is not set, the default value of the input is `false` for boolean, `0` for a number, and `""` for a string.', context: ["github", "inputs", "vars"], "one-of": ["string", "boolean", "number"] }, "workflow-call-secrets": { description: "A map of the secrets that can be used in the called workflow. Within the called workflow, you can use the `secrets` context to refer to a secret.", mapping: { "loose-key-type": "workflow-call-secret-name", "loose-value-type": "workflow-call-secret-definition" } }, "workflow-call-secret-name": { string: { "require-non-empty": true }, description: "A string identifier to associate with the secret." }, "workflow-call-secret-definition": { "one-of": ["null", "workflow-call-secret-mapping-definition"] }, "workflow-call-secret-mapping-definition": { mapping: { properties: { description: { type: "string", description: "A string description of the secret parameter." }, required: { type: "boolean", description: "A boolean specifying whether the secret must be supplied." } } } }, "workflow-call-outputs": { description: "A reusable workflow may generate data that you want to use in the caller workflow. To use these outputs, you must specify them as the outputs of the reusable workflow.", mapping: { "loose-key-type": "workflow-call-output-name", "loose-value-type": "workflow-call-output-definition" } }, "workflow-call-output-name": { string: { "require-non-empty": true }, description: "A string identifier to associate with the output. The value of `<output_id>` is a map of the input's metadata. The `<output_id>` must be a unique identifier within the outputs object and must start with a letter or _ and contain only alphanumeric characters, -, or _." }, "workflow-call-output-definition": { mapping: { properties: { description: { type: "string", description: "A string description of the output parameter." }, value: { type: "workflow-output-context", required: true } } } }, "workflow-output-context": { description: "The value to assign to the output parameter.", context: ["github", "inputs", "vars", "jobs"], string: {} }, "workflow-dispatch-string": { description: "The `workflow_dispatch` event allows you to manually trigger a workflow run. A workflow can be manually triggered using the GitHub API, GitHub CLI, or GitHub browser interface.", string: { constant: "workflow_dispatch" } }, "workflow-dispatch": { description: "The `workflow_dispatch` event allows you to manually trigger a workflow run. A workflow can be manually triggered using the GitHub API, GitHub CLI, or GitHub browser interface.", "one-of": ["null", "workflow-dispatch-mapping"] }, "workflow-dispatch-mapping": { mapping: { properties: { inputs: "workflow-dispatch-inputs" } } }, "workflow-dispatch-inputs": { description: "You can configure custom-defined input properties, default input values, and required inputs for the event directly in your workflow. When you trigger the event, you can provide the `ref` and any `inputs`. When the workflow runs, you can access the input values in the `inputs` context.", mapping: { "loose-key-type": "workflow-dispatch-input-name", "loose-value-type": "workflow-dispatch-input" } }, "workflow-dispatch-input-name": { string: { "require-non-empty": true }, description: "A string identifier to associate with the input. The value of <input_id> is a map of the input's metadata. The <input_id> must be a unique identifier within the inputs object. The <input_id> must start with a letter or _ and contain only alphanumeric characters, -, or _." }, "workflow-dispatch-input": { mapping: { properties: { description: { type: "string", description: "A string description of the input parameter." }, type: { type: "workflow-dispatch-input-type" }, required: { type: "boolean", description: "A boolean to indicate whether the workflow requires the input parameter. Set to true when the parameter is required." }, default: "workflow-dispatch-input-default", options: { type: "sequence-of-string", description: "The options of the dropdown list, if the type is a choice." } } } }, "workflow-dispatch-input-type": { description: "A string representing the type of the input. This must be one of: `boolean`, `number`, `string`, `choice`, or `environment`.", "one-of": ["input-type-string", "input-type-boolean", "input-type-number", "input-type-environment", "input-type-choice"] }, "workflow-dispatch-input-default": { description: "The default value is used when an input parameter isn't specified in a workflow file.", "one-of": ["string", "boolean", "number"] }, permissions: { description: "You can use `permissions` to modify the default permissions granted to the `GITHUB_TOKEN`, adding or removing access as required, so that you only allow the minimum required access.\n\n[Documentation](https://docs.github.com/actions/using-workflows/workflow-syntax-for-github-actions#permissions)", "one-of": ["permissions-mapping", "permission-level-shorthand-read-all", "permission-level-shorthand-write-all"] }, "permissions-mapping": { mapping: { properties: { actions: { type: "permission-level-any", description: "Actions workflows, workflow runs, and artifacts." }, "artifact-metadata": { type: "permission-level-any", description: "Storage and deployment records for build artifacts." }, attestations: { type: "permission-level-any", description: "Artifact attestations." }, checks: { type: "permission-level-any", description: "Check runs and check suites." }, "code-quality": { type: "permission-level-any", description: "Code quality data." }, contents: { type: "permission-level-any", description: "Repository contents, commits, branches, downloads, releases, and merges." }, "copilot-requests": { type: "permission-level-write-or-no-access", description: "GitHub Copilot requests." }, deployments: { type: "permission-level-any", description: "Deployments and deployment statuses." }, discussions: { type: "permission-level-any", description: "Discussions and related comments and labels." }, drives: { type: "permission-level-any", description: "GitHub Drives persistent workspace storage. Use `read` for checkout and `write` to commit changes." }, "id-token": { type: "permission-level-write-or-no-access", description: "Token to request an OpenID Connect token." }, issues: { type: "permission-level-any", description: "Issues and related comments, assignees, labels, and milestones." }, models: { type: "permission-level-read-or-no-access", description: "Call AI models with GitHub Models." }, packages: { type: "permission-level-any", description: "Packages published to the GitHub Package Platform." }, pages: { type: "permission-level-any", description: "Retrieve Pages statuses, configuration, and builds, as well as create new builds." }, "pull-requests": { type: "permission-level-any", description: "Pull requests and related comments, assignees, labels, milestones, and merges." }, "repository-projects": { type: "permission-level-any", description: "Classic projects within a repository." }, "security-events": { type: "permission-level-any", description: "Code scanning alerts." }, statuses: { type: "permission-level-any", description: "Commit statuses." }, "vulnerability-alerts": { type: "permission-level-read-or-no-access", description: "Dependabot alerts." } } } }, "permission-level-any": { description: "The permission level for the `GITHUB_TOKEN`.", "one-of": ["permission-level-read", "permission-level-write", "permission-level-no-access"] }, "permission-level-read-or-no-access": { "one-of": ["permission-level-read", "permission-level-no-access"] }, "permission-level-write-or-no-access": { "one-of": ["permission-level-write", "permission-level-no-access"] }, "permission-level-read": { description: "The permission level for the `GITHUB_TOKEN`. Grants `read` permission for the specified scope.", string: { constant: "read" } }, "permission-level-write": { description: "The permission level for the `GITHUB_TOKEN`. Grants `write` permission for the specified scope.", string: { constant: "write" } }, "permission-level-no-access": { description: "The permission level for the `GITHUB_TOKEN`. Restricts all access for the specified scope.", string: { constant: "none" } }, "permission-level-shorthand-read-all": { description: "The permission level for the `GITHUB_TOKEN`. Grants `read` access for all scopes.", string: { constant: "read-all" } }, "permission-level-shorthand-write-all": { description: "The permission level for the `GITHUB_TOKEN`. Grants `write` access for all scopes.", string: { constant: "write-all" } }, "workflow-defaults": { description: "Use `defaults` to create a map of default settings that will apply to all jobs in the workflow. You can also set default settings that are only available to a job.\n\n[Documentation](https://docs.github.com/actions/using-workflows/workflow-syntax-for-github-actions#defaults)", mapping: { properties: { run: "workflow-defaults-run" } } }, "workflow-defaults-run": { mapping: { properties: { shell: "shell", "working-directory": "working-directory" } } }, "workflow-env": { description: "A map of environment variables that are available to the steps of all jobs in the workflow. You can also set environment variables that are only available to the steps of a single job or to a single step.\n\n[Documentation](https://docs.github.com/actions/using-workflows/workflow-syntax-for-github-actions#env)", context: ["github", "inputs", "vars", "secrets"], mapping: { "loose-key-type": "non-empty-string", "loose-value-type": "string" } }, jobs: { description: "A workflow run is made up of one or more `jobs`, which run in parallel by default. To run jobs sequentially, you can define dependencies on other jobs using the `jobs.<job_id>.needs` keyword. Each job runs in a runner environment specified by `runs-on`.\n\n[Documentation](https://docs.github.com/actions/using-workflows/workflow-syntax-for-github-actions#jobs)", mapping: { "loose-key-type": "job-id", "loose-value-type": "job" } }, "job-id": { string: { "require-non-empty": true }, description: "A unique identifier for the job. The identifier must start with a letter or _ and contain only alphanumeric characters, -, or _." }, job: { description: "Each job must have an id to associate with the job. The key `job_id` is a string and its value is a map of the job's configuration data. You must replace `<job_id>` with a string that is unique to the jobs object. The `<job_id>` must start with a letter or _ and contain only alphanumeric characters, -, or _.", "one-of": ["job-factory", "workflow-job"] }, "job-factory": { mapping: { properties: { needs: "needs", if: "job-if", strategy: "strategy", name: { type: "string-strategy-context", description: "The name of the job displayed on GitHub." }, "runs-on": { type: "runs-on", required: true }, "timeout-minutes": { type: "number-strategy-context", description: "The maximum number of minutes to let a workflow run before GitHub automatically cancels it. Default: 360" }, "cancel-timeout-minutes": "number-strategy-context", "continue-on-error": { type: "boolean-strategy-context", description: "Prevents a workflow run from failing when a job fails. Set to true to allow a workflow run to pass when this job fails." }, container: "container", services: "services", env: "job-env", environment: "job-environment", permissions: "permissions", concurrency: "job-concurrency", outputs: "job-outputs", defaults: "job-defaults", steps: "steps", snapshot: "snapshot" } } }, "workflow-job": { mapping: { properties: { name: { type: "string-strategy-context", description: "The name of the job displayed on GitHub." }, uses: { description: "The location and version of a reusable workflow file to run as a job. Use one of the following formats:\n\n* `{owner}/{repo}/.github/workflows/{filename}@{ref}` for reusable workflows in public and private repositories.\n* `./.github/workflows/{filename}` for reusable workflows in the same repository.\n\n{ref} can be a SHA, a release tag, or a branch name. Using the commit SHA is the safest for stability and security.", type: "non-empty-string", required: true }, with: "workflow-job-with", secrets: "workflow-job-secrets", needs: "needs", if: "job-if", permissions: "permissions", concurrency: "job-concurrency", strategy: "strategy" } } }, "workflow-job-with": { description: "When a job is used to call a reusable workflow, you can use `with` to provide a map of inputs that are passed to the called workflow.\n\nAny inputs that you pass must match the input specifications defined in the called workflow.", mapping: { "loose-key-type": "non-empty-string", "loose-value-type": "scalar-needs-context" } }, "workflow-job-secrets": { description: "When a job is used to call a reusable workflow, you can use `secrets` to provide a map of secrets that are passed to the called workflow.\n\nAny secrets that you pass must match the names defined in the called workflow.", "one-of": ["workflow-job-secrets-mapping", "workflow-job-secrets-inherit"] }, "workflow-job-secrets-mapping": { mapping: { "loose-key-type": "non-empty-string", "loose-value-type": "scalar-needs-context-with-secrets" } }, "workflow-job-secrets-inherit": { string: { constant: "inherit" } }, needs: { description: "Use `needs` to identify any jobs that must complete successfully before this job will run. It can be a string or array of strings. If a job fails, all jobs that need it are skipped unless the jobs use a conditional expression that causes the job to continue. If a run contains a series of jobs that need each other, a failure applies to all jobs in the dependency chain from the point of failure onwards.", "one-of": ["sequence-of-non-empty-string", "non-empty-string"] }, "job-if": { description: "You can use the `if` conditional to prevent a job from running unless a condition is met. You can use any supported context and expression to create a conditional.", context: ["github", "inputs", "vars", "needs", "always(0,0)", "failure(0,MAX)", "cancelled(0,0)", "success(0,MAX)"], string: {} }, "job-if-result": { context: ["github", "inputs", "vars", "needs", "always(0,0)", "failure(0,MAX)", "cancelled(0,0)", "success(0,MAX)"], "one-of": ["null", "boolean", "number", "string", "sequence", "mapping"] }, strategy: { description: "Use `strategy` to use a matrix strategy for your jobs. A matrix strategy lets you use variables in a single job definition to automatically create multiple job runs that are based on the combinations of the variables. ", context: ["github", "inputs", "vars", "needs"], mapping: { properties: { "fail-fast": { type: "boolean", description: "Setting `fail-fast` to `false` prevents GitHub from canceling all in-progress jobs if any matrix job fails. Default: `true`" }, "max-parallel": { type: "number", description: "The maximum number of jobs that can run simultaneously when using a matrix job strategy. By default, GitHub will maximize the number of jobs run in parallel depending on runner availability." }, matrix: "matrix" } } }, matrix: { description: "Use `matrix` to define a matrix of different job configurations. Within your matrix, define one or more variables followed by an array of values.", mapping: { properties: { include: { type: "matrix-filter", description: "Use `include` to expand existing matrix configurations or to add new configurations. The value of `include` is a list of objects.\n\nFor each object in the `include` list, the key:value pairs in the object will be added to each of the matrix combinations if none of the key:value pairs overwrite any of the original matrix values. If the object cannot be added to any of the matrix combinations, a new matrix combination will be created instead. Note that the original matrix values will not be overwritten, but added matrix values can be overwritten." }, exclude: { type: "matrix-filter", description: "To remove specific configurations defined in the matrix, use `exclude`. An excluded configuration only has to be a partial match for it to be excluded." } }, "loose-key-type": "non-empty-string", "loose-value-type": "sequence" } }, "matrix-filter": { sequence: { "item-type": "matrix-filter-item" } }, "matrix-filter-item": { mapping: { "loose-key-type": "non-empty-string", "loose-value-type": "any" } }, snapshot: { description: "Use `snapshot` to define a custom image you want to create or update after your job succeeds by taking a snapshot of your runner.", "one-of": ["non-empty-string", "snapshot-mapping"] }, "snapshot-mapping": { mapping: { properties: { "image-name": { description: "The desired name of the custom image you want to create or update.", type: "non-empty-string", required: true }, if: "snapshot-if", version: { description: "The desired major version updates upon a new custom image version creation.", type: "non-empty-string" } } } }, "snapshot-if": { context: ["github", "inputs", "vars", "needs", "strategy", "matrix"], description: "Use the if conditional to prevent a snapshot from being taken unless a condition is met. Any supported context and expression can be used to create a conditional. Expressions in an `if` conditional do not require the bracketed expression syntax. When you use expressions in an `if` conditional, you may omit the expression syntax because GitHub automatically evaluates the `if` conditional as an expression.", string: {} }, "runs-on": { description: "Use `runs-on` to define the type of machine to run the job on.\n* The destination machine can be either a GitHub-hosted runner, larger runner, or a self-hosted runner.\n* You can target runners based on the labels assigned to them, or their group membership, or a combination of these.\n* You can provide `runs-on` as a single string or as an array of strings.\n* If you specify an array of strings, your workflow will execute on any runner that matches all of the specified `runs-on` values.\n* If you would like to run your workflow on multiple machines, use `jobs.<job_id>.strategy`.", context: ["github", "inputs", "vars", "needs", "strategy", "matrix"], "one-of": ["non-empty-string", "sequence-of-non-empty-string", "runs-on-mapping"] }, "runs-on-mapping": { mapping: { properties: { group: { description: "The group from which to select a runner.", type: "non-empty-string" }, labels: "runs-on-labels" } } }, "runs-on-labels": { description: "The label by which to filter for available runners.", "one-of": ["non-empty-string", "sequence-of-non-empty-string"] }, "job-env": { description: "A map of variables that are available to all steps in the job.", context: ["github", "inputs", "vars", "needs", "strategy", "matrix", "secrets"], mapping: { "loose-key-type": "non-empty-string", "loose-value-type": "string" } }, "workflow-concurrency": { description: "Concurrency ensures that only a single job or workflow using the same concurrency group will run at a time. A concurrency group can be any string or expression.\n\nYou can also specify `concurrency` at the job level.\n\n[Documentation](https://docs.github.com/actions/using-workflows/workflow-syntax-for-github-actions#concurrency)", context: ["github", "inputs", "vars"], "one-of": ["string", "concurrency-mapping"] }, "job-concurrency": { description: "Concurrency ensures that only a single job using the same concurrency group will run at a time. A concurrency group can be any string or expression. The expression can use any context except for the `secrets` context.\n\nYou can also specify `concurrency` at the workflow level.", context: ["github", "inputs", "vars", "needs", "strategy", "matrix"], "one-of": ["non-empty-string", "concurrency-mapping"] }, "concurrency-mapping": { description: "Concurrency ensures that only a single job or workflow using the same concurrency group will run at a time. A concurrency group can be any string or expression.\n\nYou can also specify `concurrency` at the job level.\n\n[Documentation](https://docs.github.com/actions/using-workflows/workflow-syntax-for-github-actions#concurrency)", mapping: { properties: { group: { type: "non-empty-string", required: true, description: "When a concurrent job or workflow is queued, if another job or workflow using the same concurrency group in the repository is in progress, the queued job or workflow will be `pending`. Any previously pending job or workflow in the concurrency group will be canceled. To also cancel any currently running job or workflow in the same concurrency group, specify `cancel-in-progress: true`." }, "cancel-in-progress": { type: "boolean", description: "To cancel any currently running job or workflow in the same concurrency group, specify cancel-in-progress: true." }, queue: { type: "concurrency-queue", description: "The queuing mode for the concurrency group. When set to `max`, workflows or jobs will wait in a queue for the concurrency group up to the maximum queue length. Default: `single` meaning at most one item can be pending." } } } }, "concurrency-queue": { "allowed-values": ["single", "max"] }, "job-environment": { description: "The environment that the job references. All environment protection rules must pass before a job referencing the environment is sent to a runner.", context: ["github", "inputs", "vars", "needs", "strategy", "matrix"], "one-of": ["string", "job-environment-mapping"] }, "job-environment-mapping": { mapping: { properties: { name: { type: "job-environment-name", required: true }, url: { type: "string-runner-context-no-secrets", description: "The environment URL, which maps to `environment_url` in the deployments API." }, deployment: { type: "boolean", description: "Whether to create a deployment record for this environment. Defaults to true." } } } }, "job-environment-name": { description: "The name of the environment used by the job.", context: ["github", "inputs", "vars", "needs", "strategy", "matrix"], string: {} }, "job-defaults": { description: "A map of default settings that will apply to all steps in the job. You can also set default settings for the entire workflow.", mapping: { properties: { run: "job-defaults-run" } } }, "job-defaults-run": { context: ["github", "inputs", "vars", "strategy", "matrix", "needs", "env"], mapping: { properties: { shell: "shell", "working-directory": "working-directory" } } }, "job-outputs": { description: "A map of outputs for a called workflow. Called workflow outputs are available to all downstream jobs in the caller workflow. Each output has an identifier, an optional `description,` and a `value`. The `value` must be set to the value of an output from a job within the called workflow.", mapping: { "loose-key-type": "non-empty-string", "loose-value-type": "string-runner-context" } }, steps: { description: "A job contains a sequence of tasks called `steps`. Steps can run commands, run setup tasks, run an action in your repository, a public repository, or an action published in a Docker registry, wait for background steps to complete, or cancel a background step. Not all steps run actions, but all actions run as a step. Each step runs in its own process in the runner environment and has access to the workspace and filesystem. Because steps run in their own process, changes to environment variables are not preserved between steps. GitHub provides built-in steps to set up and complete a job.", sequence: { "item-type": "steps-item" } }, "steps-item": { "one-of": ["run-step", "regular-step", "wait-step", "wait-all-step", "cancel-step", "parallel-step"] }, "run-step": { mapping: { properties: { name: "step-name", id: "step-id", if: "step-if", "timeout-minutes": "step-timeout-minutes", run: { type: "string-steps-context", description: "Runs command-line programs using the operating system's shell. If you do not provide a `name`, the step name will default to the text specified in the `run` command. Commands run using non-login shells by default. You can choose a different shell and customize the shell used to run commands. Each `run` keyword represents a new process and shell in the virtual environment. When you provide multi-line commands, each line runs in the same shell.", required: true }, "continue-on-error": "step-continue-on-error", env: "step-env", "working-directory": "string-steps-context", shell: "shell", background: "step-background" } } }, "regular-step": { mapping: { properties: { name: "step-name", id: "step-id", if: "step-if", "continue-on-error": "step-continue-on-error", "timeout-minutes": "step-timeout-minutes", uses: { type: "step-uses", required: true }, with: "step-with", env: "step-env", background: "step-background" } } }, "wait-step": { mapping: { properties: { name: "step-name", id: "step-id", "continue-on-error": "step-continue-on-error", wait: { type: "step-wait-target", required: true } } } }, "wait-all-step": { mapping: { properties: { name: "step-name", id: "step-id", "continue-on-error": "step-continue-on-error", "wait-all": { type: "step-wait-all-value", required: true } } } }, "cancel-step": { mapping: { properties: { name: "step-name", id: "step-id", "continue-on-error": "step-continue-on-error", cancel: { type: "step-cancel-target", required: true } } } }, "parallel-step": { mapping: { properties: { parallel: { type: "parallel-steps", required: true, description: "Run a group of steps concurrently. All steps in the parallel block run as background steps and the workflow waits for all of them to complete before continuing." } } } }, "parallel-steps": { sequence: { "item-type": "steps-item" } }, "step-uses": { description: "Selects an action to run as part of a step in your job. An action is a reusable unit of code. You can use an action defined in the same repository as the workflow, a public repository, a [private repository with access enabled](https://docs.github.com/en/repositories/managing-your-repositorys-settings-and-features/enabling-features-for-your-repository/managing-github-actions-settings-for-a-repository#allowing-access-to-components-in-a-private-repository), or in a published Docker container image.", string: { "require-non-empty": true } }, "step-background": { boolean: {}, description: "When set to true, runs this step in the background. The workflow continues to the next step immediately without waiting for the background step to finish." }, "step-wait-target": { description: "The step ID or IDs of background steps to wait for.", "one-of": ["non-empty-string", "sequence-of-non-empty-string"] }, "step-wait-all-value": { description: "Wait for all prior background steps to complete. Use as a bare key (`wait-all:`) or with a boolean value.", "one-of": ["null", "boolean"] }, "step-cancel-target": { description: "The step ID of a background step to cancel.", string: { "require-non-empty": true } }, "step-continue-on-error": { context: ["github", "inputs", "vars", "needs", "strategy", "matrix", "secrets", "steps", "job", "runner", "env", "hashFiles(1,255)"], boolean: {}, description: "Prevents a job from failing when a step fails. Set to `true` to allow a job to pass when this step fails." }, "step-id": { string: { "require-non-empty": true }, description: "A unique identifier for the step. You can use the `id` to reference the step in contexts." }, "step-if": { context: ["github", "inputs", "vars", "needs", "strategy", "matrix", "steps", "job", "runner", "env", "always(0,0)", "failure(0,0)", "cancelled(0,0)", "success(0,0)", "hashFiles(1,255)"], description: "Use the `if` conditional to prevent a step from running unless a condition is met. Any supported context and expression can be used to create a conditional. Expressions in an `if` conditional do not require the bracketed expression syntax. When you use expressions in an `if` conditional, you may omit the expression syntax because GitHub automatically evaluates the `if` conditional as an expression.", string: {} }, "step-if-result": { context: ["github", "inputs", "vars", "strategy", "matrix", "steps", "job", "runner", "env", "always(0,0)", "failure(0,0)", "cancelled(0,0)", "success(0,0)", "hashFiles(1,255)"], "one-of": ["null", "boolean", "number", "string", "sequence", "mapping"] }, "step-env": { description: "Sets variables for steps to use in the runner environment. You can also set variables for the entire workflow or a job.", context: ["github", "inputs", "vars", "needs", "strategy", "matrix", "secrets", "steps", "job", "runner", "env", "hashFiles(1,255)"], mapping: { "loose-key-type": "non-empty-string", "loose-value-type": "string" } }, "step-name": { context: ["github", "inputs", "vars", "needs", "strategy", "matrix", "secrets", "steps", "job", "runner", "env", "hashFiles(1,255)"], string: {}, description: "A name for your step to display on GitHub." }, "step-timeout-minutes": { context: ["github", "inputs", "vars", "needs", "strategy", "matrix", "secrets", "steps", "job", "runner", "env", "hashFiles(1,255)"], number: {}, description: "The maximum number of minutes to run the step before killing the process." }, "step-with": { description: "A map of the input parameters defined by the action. Each input parameter is a key/value pair. Input parameters are set as variables. When you specify an input in a workflow file or use a default input value, GitHub creates a variable for the input with the name `INPUT_<VARIABLE_NAME>`. The variable created converts input names to uppercase letters and replaces spaces with `_`.", context: ["github", "inputs", "vars", "needs", "strategy", "matrix", "secrets", "steps", "job", "runner", "env", "hashFiles(1,255)"], mapping: { "loose-key-type": "non-empty-string", "loose-value-type": "string" } }, container: { description: "A container to run any steps in a job that don't already specify a container. If you have steps that use both script and container actions, the container actions will run as sibling containers on the same network with the same volume mounts.\n\nIf you do not set a container, all steps will run directly on the host specified by runs-on unless a step refers to an action configured to run in a container.", context: ["github", "inputs", "vars", "needs", "strategy", "matrix"], "one-of": ["string", "container-mapping"] }, "container-mapping": { mapping: { properties: { image: { type: "non-empty-string", description: "Use `jobs.<job_id>.container.image` to define the Docker image to use as the container to run the action. The value can be the Docker Hub image or a registry name." }, options: { type: "string", description: "Use `jobs.<job_id>.container.options` to configure additional Docker container resource options." }, env: "container-env", ports: { type: "sequence-of-non-empty-string", description: "Use `jobs.<job_id>.container.ports` to set an array of ports to expose on the container." }, volumes: { type: "sequence-of-non-empty-string", description: "Use `jobs.<job_id>.container.volumes` to set an array of volumes for the container to use. You can use volumes to share data between services or other steps in a job. You can specify named Docker volumes, anonymous Docker volumes, or bind mounts on the host." }, credentials: "container-registry-credentials" } } }, services: { description: "Additional containers to host services for a job in a workflow. These are useful for creating databases or cache services like redis. The runner on the virtual machine will automatically create a network and manage the life cycle of the service containers. When you use a service container for a job or your step uses container actions, you don't need to set port information to access the service. Docker automatically exposes all ports between containers on the same network. When both the job and the action run in a container, you can directly reference the container by its hostname. The hostname is automatically mapped to the service name. When a step does not use a container action, you must access the service using localhost and bind the ports.", context: ["github", "inputs", "vars", "needs", "strategy", "matrix"], mapping: { "loose-key-type": "non-empty-string", "loose-value-type": "services-container" } }, "services-container": { context: ["github", "inputs", "vars", "needs", "strategy", "matrix"], "one-of": ["non-empty-string", "service-container-mapping"] }, "container-registry-credentials": { description: "If the image's container registry requires authentication to pull the image, you can use `jobs.<job_id>.container.credentials` to set a map of the username and password. The credentials are the same values that you would provide to the `docker login` command.", context: ["github", "inputs", "vars", "secrets", "env"], mapping: { properties: { username: "non-empty-string", password: "non-empty-string" } } }, "container-env": { description: "Use `jobs.<job_id>.container.env` to set a map of variables in the container.", mapping: { "loose-key-type": "non-empty-string", "loose-value-type": "string-runner-context" } }, "non-empty-string": { string: { "require-non-empty": true } }, "sequence-of-non-empty-string": { sequence: { "item-type": "non-empty-string" } }, "sequence-of-string": { sequence: { "item-type": "string" } }, "boolean-needs-context": { context: ["github", "inputs", "vars", "needs"], boolean: {} }, "number-needs-context": { context: ["github", "inputs", "vars", "needs"], number: {} }, "string-needs-context": { context: ["github", "inputs", "vars", "needs"], string: {} }, "scalar-needs-context": { context: ["github", "inputs", "vars", "needs", "strategy", "matrix"], "one-of": ["string", "boolean", "number"] }, "scalar-needs-context-with-secrets": { context: ["github", "inputs", "vars", "needs", "secrets", "strategy", "matrix"], "one-of": ["string", "boolean", "number"] }, "boolean-strategy-context": { context: ["github", "inputs", "vars", "needs", "strategy", "matrix"], boolean: {} }, "number-strategy-context": { context: ["github", "inputs", "vars", "needs", "strategy", "matrix"], number: {} }, "string-strategy-context": { context: ["github", "inputs", "vars", "needs", "strategy", "matrix"], string: {} }, "boolean-steps-context": { context: ["github", "inputs", "vars", "needs", "strategy", "matrix", "secrets", "steps", "job", "runner", "env", "hashFiles(1,255)"], boolean: {} }, "number-steps-context": { context: ["github", "inputs", "vars", "needs", "strategy", "matrix", "secrets", "steps", "job", "runner", "env", "hashFiles(1,255)"], number: {} }, "string-runner-context": { context: ["github", "inputs", "vars", "needs", "strategy", "matrix", "secrets", "steps", "job", "runner", "env"], string: {} }, "string-runner-context-no-secrets": { context: ["github", "inputs", "vars", "needs", "strategy", "matrix", "steps", "job", "runner", "env"], string: {} }, "string-steps-context": { context: ["github", "inputs", "vars", "needs", "strategy", "matrix", "secrets", "steps", "job", "runner", "env", "hashFiles(1,255)"], string: {} }, shell: { string: { "require-non-empty": true }, description: "Use `shell` to override the default shell settings in the runner's operating system. You can use built-in shell keywords, or you can define a custom set of shell options. The shell command that is run internally executes a temporary file that contains the commands specified in `run`." }, "working-directory": { string: { "require-non-empty": true }, description: "The `working-directory` keyword specifies the working directory where the command is run." }, "cron-mapping": { mapping: { properties: { cron: { type: "cron-pattern", required: true }, timezone: "timezone-string" } } }, "cron-pattern": { description: "A cron expression that represents a schedule. A scheduled workflow will run at most once every 5 minutes.", string: { "require-non-empty": true } }, "timezone-string": { description: "A string that represents the time zone a scheduled workflow will run relative to in IANA format (e.g. 'America/New_York' or 'Europe/London'). If omitted, the workflow will run relative to midnight UTC.", string: { "require-non-empty": true } }, "service-container-mapping": { mapping: { properties: { image: { type: "non-empty-string", description: "The Docker image to use as the container. The value can be the Docker Hub image or a registry name." }, options: { type: "string", description: "Additional Docker container resource options." }, env: "container-env", ports: { type: "sequence-of-non-empty-string", description: "An array of ports to expose on the container." }, volumes: { type: "sequence-of-non-empty-string", description: "An array of volumes for the container to use. You can use volumes to share data between services or other steps in a job. You can specify named Docker volumes, anonymous Docker volumes, or bind mounts on the host." }, credentials: "container-registry-credentials", entrypoint: { type: "string", description: "Override the default ENTRYPOINT in the service container image." }, command: { type: "string", description: "Override the default CMD in the service container image." } } } } } };

// node_modules/@actions/workflow-parser/dist/workflows/workflow-schema.js
var schema;
function getWorkflowSchema() {
  if (schema === void 0) {
    const json = JSON.stringify(workflow_v1_0_min_default);
    schema = TemplateSchema.load(new JSONObjectReader(void 0, json));
  }
  return schema;
}

// node_modules/@actions/workflow-parser/dist/workflows/yaml-object-reader.js
var import_yaml4 = __toESM(require_dist(), 1);
var YamlObjectReader = class _YamlObjectReader {
  constructor(fileId, content) {
    this.lineCounter = new import_yaml4.LineCounter();
    this.errors = [];
    this.doc = (0, import_yaml4.parseDocument)(content, {
      lineCounter: this.lineCounter,
      keepSourceTokens: true,
      uniqueKeys: false
      // Uniqueness is validated by the template reader
    });
    for (const err of this.doc.errors) {
      this.errors.push({ message: err.message, range: rangeFromLinePos(err.linePos) });
    }
    this._generator = this.getNodes(this.doc, /* @__PURE__ */ new Set());
    this.fileId = fileId;
  }
  *getNodes(node, aliasResolutionStack) {
    let range = this.getRange(node);
    if ((0, import_yaml4.isDocument)(node)) {
      yield new ParseEvent(EventType.DocumentStart);
      for (const item of this.getNodes(node.contents, /* @__PURE__ */ new Set())) {
        yield item;
      }
      yield new ParseEvent(EventType.DocumentEnd);
    }
    if ((0, import_yaml4.isCollection)(node)) {
      if ((0, import_yaml4.isSeq)(node)) {
        yield new ParseEvent(EventType.SequenceStart, new SequenceToken(this.fileId, range, void 0));
      } else if ((0, import_yaml4.isMap)(node)) {
        yield new ParseEvent(EventType.MappingStart, new MappingToken(this.fileId, range, void 0));
      }
      for (const item of node.items) {
        for (const child of this.getNodes(item, aliasResolutionStack)) {
          yield child;
        }
      }
      if ((0, import_yaml4.isSeq)(node)) {
        yield new ParseEvent(EventType.SequenceEnd);
      } else if ((0, import_yaml4.isMap)(node)) {
        yield new ParseEvent(EventType.MappingEnd);
      }
    }
    if ((0, import_yaml4.isScalar)(node)) {
      yield new ParseEvent(EventType.Literal, _YamlObjectReader.getLiteralToken(this.fileId, range, node));
    }
    if ((0, import_yaml4.isAlias)(node)) {
      const resolved = node.resolve(this.doc);
      if (resolved) {
        if (aliasResolutionStack.has(resolved)) {
          return;
        }
        const newStack = new Set(aliasResolutionStack);
        newStack.add(resolved);
        yield* this.getNodes(resolved, newStack);
      }
      return;
    }
    if ((0, import_yaml4.isPair)(node)) {
      const scalarKey = node.key;
      range = this.getRange(scalarKey);
      const key = scalarKey.value;
      yield new ParseEvent(EventType.Literal, new StringToken(this.fileId, range, key, void 0));
      for (const child of this.getNodes(node.value, aliasResolutionStack)) {
        yield child;
      }
    }
  }
  getRange(node) {
    const range = node?.range ?? [];
    const startPos = range[0];
    const endPos = range[1];
    if (startPos !== void 0 && endPos !== void 0) {
      const slp = this.lineCounter.linePos(startPos);
      const elp = this.lineCounter.linePos(endPos);
      return {
        start: { line: slp.line, column: slp.col },
        end: { line: elp.line, column: elp.col }
      };
    }
    return void 0;
  }
  static getLiteralToken(fileId, range, token) {
    const value = token.value;
    if (value === null || value === void 0) {
      return new NullToken(fileId, range, void 0);
    }
    switch (typeof value) {
      case "number":
        return new NumberToken(fileId, range, value, void 0);
      case "boolean":
        return new BooleanToken(fileId, range, value, void 0);
      case "string": {
        let source;
        let blockScalarHeader;
        if (token.srcToken && "source" in token.srcToken) {
          source = token.srcToken.source;
          if (token.srcToken.type === "block-scalar" && "props" in token.srcToken) {
            const props = token.srcToken.props;
            const headerProp = props.find((p) => p.type === "block-scalar-header");
            if (headerProp?.source) {
              blockScalarHeader = headerProp.source;
            }
          }
        }
        return new StringToken(fileId, range, value, void 0, source, blockScalarHeader);
      }
      default:
        throw new Error(`Unexpected value type '${typeof value}' when reading object`);
    }
  }
  allowLiteral() {
    if (!this._current.done) {
      const parseEvent = this._current.value;
      if (parseEvent.type === EventType.Literal) {
        this._current = this._generator.next();
        return parseEvent.token;
      }
    }
    return void 0;
  }
  allowSequenceStart() {
    if (!this._current.done) {
      const parseEvent = this._current.value;
      if (parseEvent.type === EventType.SequenceStart) {
        this._current = this._generator.next();
        return parseEvent.token;
      }
    }
    return void 0;
  }
  allowSequenceEnd() {
    if (!this._current.done) {
      const parseEvent = this._current.value;
      if (parseEvent.type === EventType.SequenceEnd) {
        this._current = this._generator.next();
        return true;
      }
    }
    return false;
  }
  allowMappingStart() {
    if (!this._current.done) {
      const parseEvent = this._current.value;
      if (parseEvent.type === EventType.MappingStart) {
        this._current = this._generator.next();
        return parseEvent.token;
      }
    }
    return void 0;
  }
  allowMappingEnd() {
    if (!this._current.done) {
      const parseEvent = this._current.value;
      if (parseEvent.type === EventType.MappingEnd) {
        this._current = this._generator.next();
        return true;
      }
    }
    return false;
  }
  validateEnd() {
    if (!this._current.done) {
      const parseEvent = this._current.value;
      if (parseEvent.type === EventType.DocumentEnd) {
        this._current = this._generator.next();
        return;
      }
    }
    throw new Error("Expected end of reader");
  }
  validateStart() {
    if (!this._current) {
      this._current = this._generator.next();
    }
    if (!this._current.done) {
      const parseEvent = this._current.value;
      if (parseEvent.type === EventType.DocumentStart) {
        this._current = this._generator.next();
        return;
      }
    }
    throw new Error("Expected start of reader");
  }
};
function rangeFromLinePos(linePos) {
  if (linePos === void 0) {
    return;
  }
  const start = { line: linePos[0].line, column: linePos[0].col };
  const end = linePos.length == 2 ? { line: linePos[1].line, column: linePos[1].col } : start;
  return { start, end };
}

// node_modules/@actions/workflow-parser/dist/workflows/workflow-parser.js
function parseWorkflow(entryFile, contextOrTrace) {
  const context = contextOrTrace instanceof TemplateContext ? contextOrTrace : new TemplateContext(new TemplateValidationErrors(), getWorkflowSchema(), contextOrTrace);
  const fileId = context.getFileId(entryFile.name);
  const reader = new YamlObjectReader(fileId, entryFile.content);
  if (reader.errors.length > 0) {
    for (const err of reader.errors) {
      context.error(fileId, err.message, err.range);
    }
    return {
      context,
      value: void 0
    };
  }
  const result = readTemplate(context, WORKFLOW_ROOT, reader, fileId);
  return {
    context,
    value: result
  };
}

// node_modules/@actions/workflow-parser/dist/model/converter/concurrency.js
function convertConcurrency(context, token) {
  const result = {};
  if (token.isExpression) {
    return result;
  }
  if (isString(token)) {
    result.group = token;
    return result;
  }
  const concurrencyProperty = token.assertMapping("concurrency group");
  for (const property of concurrencyProperty) {
    const propertyName = property.key.assertString("concurrency group key");
    if (property.key.isExpression || property.value.isExpression) {
      continue;
    }
    switch (propertyName.value) {
      case "group":
        result.group = property.value.assertString("concurrency group");
        break;
      case "cancel-in-progress":
        result.cancelInProgress = property.value.assertBoolean("cancel-in-progress").value;
        break;
      case "queue":
        result.queue = property.value.assertString("queue").value;
        break;
      default:
        context.error(propertyName, `Invalid property name: ${propertyName.value}`);
    }
  }
  return result;
}

// node_modules/@actions/workflow-parser/dist/model/converter/cron.js
var import_cronstrue = __toESM(require_cronstrue(), 1);

// node_modules/@actions/workflow-parser/dist/model/converter/cron-constants.js
var MONTHS = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12
};
var DAYS = {
  sun: 0,
  mon: 1,
  tue: 2,
  wed: 3,
  thu: 4,
  fri: 5,
  sat: 6
};
var MINUTE_RANGE = { min: 0, max: 59 };
var HOUR_RANGE = { min: 0, max: 23 };
var DOM_RANGE = { min: 1, max: 31 };
var MONTH_RANGE = { min: 1, max: 12, names: MONTHS };
var DOW_RANGE = { min: 0, max: 6, names: DAYS };

// node_modules/@actions/workflow-parser/dist/model/converter/cron.js
function isValidCron(cron) {
  const parts = cron.split(/ +/);
  if (parts.length != 5) {
    return false;
  }
  const [minutes, hours, dom, months, dow] = parts;
  return validateCronPart(minutes, MINUTE_RANGE) && validateCronPart(hours, HOUR_RANGE) && validateCronPart(dom, DOM_RANGE) && validateCronPart(months, MONTH_RANGE) && validateCronPart(dow, DOW_RANGE);
}
function validateCronPart(value, range, allowSeparators = true) {
  if (range.names && range.names[value.toLowerCase()] !== void 0) {
    return true;
  }
  if (value === "*") {
    return true;
  }
  if (value.includes(",")) {
    if (!allowSeparators) {
      return false;
    }
    return value.split(",").every((v) => v && validateCronPart(v, range));
  }
  if (value.includes("/")) {
    if (!allowSeparators) {
      return false;
    }
    const [start, step, ...rest] = value.split("/");
    const stepNumber = +step;
    if (rest.length > 0 || isNaN(stepNumber) || stepNumber <= 0 || !start || !step) {
      return false;
    }
    return validateCronPart(start, range) && validateCronPart(step, range, false);
  }
  if (value.includes("-")) {
    if (!allowSeparators) {
      return false;
    }
    const [start, end, ...rest] = value.split("-");
    if (rest.length > 0 || !start || !end) {
      return false;
    }
    const startNumber = convertToNumber(start, range.names);
    const endNumber = convertToNumber(end, range.names);
    return validateCronPart(start, range, false) && validateCronPart(end, range, false) && endNumber >= startNumber;
  }
  const number2 = +value;
  return !isNaN(number2) && number2 >= range.min && number2 <= range.max;
}
function convertToNumber(value, names) {
  if (names && names[value.toLowerCase()] !== void 0) {
    return +names[value.toLowerCase()];
  } else {
    return +value;
  }
}

// node_modules/@actions/workflow-parser/dist/model/converter/string-list.js
function convertStringList(name, token) {
  const result = [];
  for (const item of token) {
    result.push(item.assertString(`${name} item`).value);
  }
  return result;
}

// node_modules/@actions/workflow-parser/dist/model/workflow-template.js
var InputType;
(function(InputType2) {
  InputType2["string"] = "string";
  InputType2["choice"] = "choice";
  InputType2["boolean"] = "boolean";
  InputType2["environment"] = "environment";
})(InputType || (InputType = {}));

// node_modules/@actions/workflow-parser/dist/model/converter/workflow-call.js
function convertEventWorkflowCall(context, token) {
  const result = {};
  for (const item of token) {
    const key = item.key.assertString("workflow dispatch input key");
    switch (key.value) {
      case "inputs":
        result.inputs = convertWorkflowInputs(context, item.value.assertMapping("workflow dispatch inputs"));
        break;
      case "secrets":
        result.secrets = convertWorkflowCallSecrets(context, item.value.assertMapping("workflow dispatch inputs"));
        break;
      case "outputs":
        break;
    }
  }
  return result;
}
function convertWorkflowInputs(context, token) {
  const result = {};
  for (const item of token) {
    const inputName = item.key.assertString("input name");
    const inputMapping = item.value.assertMapping("input configuration");
    result[inputName.value] = convertWorkflowInput(context, inputMapping);
  }
  return result;
}
function convertWorkflowInput(context, token) {
  const result = {
    type: InputType.string
    // Default to string
  };
  let defaultValue;
  for (const item of token) {
    const key = item.key.assertString("workflow dispatch input key");
    switch (key.value) {
      case "description":
        result.description = item.value.assertString("input description").value;
        break;
      case "required":
        result.required = item.value.assertBoolean("input required").value;
        break;
      case "default":
        defaultValue = item.value.assertScalar("input default");
        break;
      case "type":
        result.type = InputType[item.value.assertString("input type").value];
        break;
      case "options":
        result.options = convertStringList("input options", item.value.assertSequence("input options"));
        break;
      default:
        context.error(item.key, `Invalid key '${key.value}'`);
    }
  }
  if (defaultValue !== void 0 && !defaultValue.isExpression) {
    try {
      switch (result.type) {
        case InputType.boolean:
          result.default = defaultValue.assertBoolean("input default").value;
          break;
        case InputType.string:
        case InputType.choice:
        case InputType.environment:
          result.default = defaultValue.assertString("input default").value;
          break;
      }
    } catch (e) {
      context.error(defaultValue, e);
    }
  }
  if (result.type === InputType.choice) {
    if (result.options === void 0 || result.options.length === 0) {
      context.error(token, "Missing 'options' for choice input");
    }
  } else {
    if (result.options !== void 0) {
      context.error(token, "Input type is not 'choice', but 'options' is defined");
    }
  }
  return result;
}
function convertWorkflowCallSecrets(context, token) {
  const result = {};
  for (const item of token) {
    const secretName = item.key.assertString("secret name");
    result[secretName.value] = convertWorkflowCallSecret(context, item.value);
  }
  return result;
}
function convertWorkflowCallSecret(context, token) {
  const result = {};
  if (isMapping(token)) {
    for (const item of token) {
      const key = item.key.assertString("workflow call secret key");
      switch (key.value) {
        case "description":
          result.description = item.value.assertString("secret description").value;
          break;
        case "required":
          result.required = item.value.assertBoolean("secret required").value;
          break;
      }
    }
  }
  return result;
}

// node_modules/@actions/workflow-parser/dist/model/converter/workflow-dispatch.js
function convertEventWorkflowDispatchInputs(context, token) {
  const result = {};
  for (const item of token) {
    const key = item.key.assertString("workflow dispatch input key");
    switch (key.value) {
      case "inputs":
        result.inputs = convertWorkflowDispatchInputs(context, item.value.assertMapping("workflow dispatch inputs"));
        break;
    }
  }
  return result;
}
function convertWorkflowDispatchInputs(context, token) {
  const result = {};
  for (const item of token) {
    const inputName = item.key.assertString("input name");
    const inputMapping = item.value.assertMapping("input configuration");
    result[inputName.value] = convertWorkflowDispatchInput(context, inputMapping);
  }
  return result;
}
function convertWorkflowDispatchInput(context, token) {
  const result = {
    type: InputType.string
    // Default to string
  };
  let defaultValue;
  for (const item of token) {
    const key = item.key.assertString("workflow dispatch input key");
    switch (key.value) {
      case "description":
        result.description = item.value.assertString("input description").value;
        break;
      case "required":
        result.required = item.value.assertBoolean("input required").value;
        break;
      case "default":
        defaultValue = item.value.assertScalar("input default");
        break;
      case "type":
        result.type = InputType[item.value.assertString("input type").value];
        break;
      case "options":
        result.options = convertStringList("input options", item.value.assertSequence("input options"));
        break;
      default:
        context.error(item.key, `Invalid key '${key.value}'`);
    }
  }
  if (defaultValue !== void 0) {
    try {
      switch (result.type) {
        case InputType.boolean:
          result.default = defaultValue.assertBoolean("input default").value;
          break;
        case InputType.string:
        case InputType.choice:
        case InputType.environment:
          result.default = defaultValue.assertString("input default").value;
          break;
      }
    } catch (e) {
      context.error(defaultValue, e);
    }
  }
  if (result.type === InputType.choice) {
    if (result.options === void 0 || result.options.length === 0) {
      context.error(token, "Missing 'options' for choice input");
    }
  } else {
    if (result.options !== void 0) {
      context.error(token, "Input type is not 'choice', but 'options' is defined");
    }
  }
  return result;
}

// node_modules/@actions/workflow-parser/dist/model/converter/events.js
function convertOn(context, token) {
  if (isLiteral(token)) {
    const event = token.assertString("on");
    return {
      [event.value]: {}
    };
  }
  if (isSequence(token)) {
    const result = {};
    for (const item of token) {
      const event = item.assertString("on");
      result[event.value] = {};
    }
    return result;
  }
  if (isMapping(token)) {
    const result = {};
    for (const item of token) {
      const eventKey = item.key.assertString("event name");
      const eventName = eventKey.value;
      if (item.value.templateTokenType === TokenType.Null) {
        result[eventName] = {};
        continue;
      }
      if (eventName === "schedule") {
        const scheduleToken = item.value.assertSequence(`event ${eventName}`);
        result.schedule = convertSchedule(context, scheduleToken);
        continue;
      }
      const eventToken = item.value.assertMapping(`event ${eventName}`);
      if (eventName === "workflow_call") {
        result.workflow_call = convertEventWorkflowCall(context, eventToken);
        continue;
      }
      if (eventName === "workflow_dispatch") {
        result.workflow_dispatch = convertEventWorkflowDispatchInputs(context, eventToken);
        continue;
      }
      result[eventName] = {
        ...convertPatternFilter("branches", eventToken),
        ...convertPatternFilter("tags", eventToken),
        ...convertPatternFilter("paths", eventToken),
        ...convertFilter("types", eventToken),
        ...convertFilter("versions", eventToken),
        ...convertFilter("names", eventToken),
        ...convertFilter("workflows", eventToken)
      };
    }
    return result;
  }
  context.error(token, "Invalid format for 'on'");
  return {};
}
function convertPatternFilter(name, token) {
  const result = {};
  for (const item of token) {
    const key = item.key.assertString(`${name} filter key`);
    switch (key.value) {
      case name:
        if (isString(item.value)) {
          result[name] = [item.value.value];
        } else {
          result[name] = convertStringList(name, item.value.assertSequence(`${name} list`));
        }
        break;
      case `${name}-ignore`:
        if (isString(item.value)) {
          result[`${name}-ignore`] = [item.value.value];
        } else {
          result[`${name}-ignore`] = convertStringList(`${name}-ignore`, item.value.assertSequence(`${name}-ignore list`));
        }
        break;
    }
  }
  return result;
}
function convertFilter(name, token) {
  const result = {};
  for (const item of token) {
    const key = item.key.assertString(`${name} filter key`);
    switch (key.value) {
      case name:
        if (isString(item.value)) {
          result[name] = [item.value.value];
        } else {
          result[name] = convertStringList(name, item.value.assertSequence(`${name} list`));
        }
        break;
    }
  }
  return result;
}
function convertSchedule(context, token) {
  const result = [];
  for (const item of token) {
    const mappingToken = item.assertMapping(`event schedule`);
    const config = { cron: "" };
    let valid = true;
    for (const entry of mappingToken) {
      const key = entry.key.assertString(`schedule key`);
      if (key.value === "cron") {
        const cron = entry.value.assertString(`schedule cron`);
        if (!isValidCron(cron.value)) {
          context.error(cron, "Invalid cron expression. Expected format: '* * * * *' (minute hour day month weekday)");
        }
        config.cron = cron.value;
      } else if (key.value === "timezone") {
        const timezone = entry.value.assertString(`schedule timezone`);
        config.timezone = timezone.value;
      } else {
        context.error(key, `Invalid schedule key`);
        valid = false;
      }
    }
    if (valid && config.cron) {
      result.push(config);
    } else if (valid && !config.cron) {
      context.error(mappingToken, "Missing required key 'cron' in schedule entry");
    }
  }
  return result;
}

// node_modules/@actions/workflow-parser/dist/model/converter/handle-errors.js
function handleTemplateTokenErrors(root, context, defaultValue, f) {
  let r = defaultValue;
  try {
    r = f();
  } catch (err) {
    if (err instanceof TemplateTokenError) {
      context.error(err.token, err);
    } else {
      context.error(root, err);
    }
  }
  return r;
}

// node_modules/@actions/workflow-parser/dist/model/converter/if-condition.js
function ensureStatusFunction(condition2, definitionInfo) {
  const allowedContext = definitionInfo?.allowedContext || [];
  try {
    const { namedContexts, functions } = splitAllowedContext(allowedContext);
    const lexer = new Lexer(condition2);
    const result = lexer.lex();
    const parser = new Parser(result.tokens, namedContexts, functions);
    const tree = parser.parse();
    if (walkTreeToFindStatusFunctionCalls(tree)) {
      return condition2;
    }
    return `success() && (${condition2})`;
  } catch {
    return condition2;
  }
}
function convertToIfCondition(context, token) {
  const scalar = token.assertScalar("if condition");
  const allowedContext = token.definitionInfo?.allowedContext || [];
  let condition2;
  let source;
  if (scalar instanceof BasicExpressionToken) {
    condition2 = scalar.expression;
    source = scalar.source;
  } else {
    const stringToken = scalar.assertString("if condition");
    condition2 = stringToken.value.trim();
    source = stringToken.source;
  }
  let finalCondition;
  if (!condition2) {
    finalCondition = "success()";
  } else {
    finalCondition = ensureStatusFunction(condition2, token.definitionInfo);
  }
  try {
    ExpressionToken.validateExpression(finalCondition, allowedContext);
  } catch (err) {
    context.error(token, err);
    return void 0;
  }
  return new BasicExpressionToken(token.file, token.range, finalCondition, token.definitionInfo, void 0, source);
}
function walkTreeToFindStatusFunctionCalls(tree) {
  if (!tree) {
    return false;
  }
  if (tree instanceof FunctionCall) {
    const funcName = tree.functionName.lexeme.toLowerCase();
    if (funcName === "success" || funcName === "failure" || funcName === "cancelled" || funcName === "always") {
      return true;
    }
    return tree.args.some((arg) => walkTreeToFindStatusFunctionCalls(arg));
  }
  if (tree instanceof Binary) {
    return walkTreeToFindStatusFunctionCalls(tree.left) || walkTreeToFindStatusFunctionCalls(tree.right);
  }
  if (tree instanceof Unary) {
    return walkTreeToFindStatusFunctionCalls(tree.expr);
  }
  if (tree instanceof Logical) {
    return tree.args.some((arg) => walkTreeToFindStatusFunctionCalls(arg));
  }
  if (tree instanceof Grouping) {
    return walkTreeToFindStatusFunctionCalls(tree.group);
  }
  if (tree instanceof IndexAccess) {
    return walkTreeToFindStatusFunctionCalls(tree.expr) || walkTreeToFindStatusFunctionCalls(tree.index);
  }
  return false;
}
function validateRunsIfCondition(context, token, condition2) {
  const allowedContext = token.definitionInfo?.allowedContext || [];
  try {
    ExpressionToken.validateExpression(condition2, allowedContext);
  } catch (err) {
    context.error(token, err);
    return void 0;
  }
  return condition2;
}

// node_modules/@actions/workflow-parser/dist/model/converter/container.js
function convertToJobContainer(context, container) {
  let image;
  let env;
  let ports;
  let volumes;
  let options;
  for (const [, token] of TemplateToken.traverse(container)) {
    if (token.isExpression) {
      return;
    }
  }
  if (isString(container)) {
    image = container.assertString("container item");
    return { image };
  }
  const mapping = container.assertMapping("container item");
  if (mapping)
    for (const item of mapping) {
      const key = item.key.assertString("container item key");
      const value = item.value;
      switch (key.value) {
        case "image":
          image = value.assertString("container image");
          break;
        case "credentials":
          convertToJobCredentials(context, value);
          break;
        case "env":
          env = value.assertMapping("container env");
          for (const envItem of env) {
            envItem.key.assertString("container env value");
          }
          break;
        case "ports":
          ports = value.assertSequence("container ports");
          for (const port of ports) {
            port.assertString("container port");
          }
          break;
        case "volumes":
          volumes = value.assertSequence("container volumes");
          for (const volume of volumes) {
            volume.assertString("container volume");
          }
          break;
        case "options":
          options = value.assertString("container options");
          break;
        default:
          context.error(key, `Unexpected container item key: ${key.value}`);
      }
    }
  if (!image) {
    context.error(container, "Container image cannot be empty");
  } else {
    return { image, env, ports, volumes, options };
  }
}
function convertToServiceContainer(context, container) {
  let image;
  let env;
  let ports;
  let volumes;
  let options;
  let entrypoint;
  let command;
  for (const [, token] of TemplateToken.traverse(container)) {
    if (token.isExpression) {
      return;
    }
  }
  if (isString(container)) {
    image = container.assertString("container item");
    return { image };
  }
  const mapping = container.assertMapping("container item");
  if (mapping)
    for (const item of mapping) {
      const key = item.key.assertString("container item key");
      const value = item.value;
      switch (key.value) {
        case "image":
          image = value.assertString("container image");
          break;
        case "credentials":
          convertToJobCredentials(context, value);
          break;
        case "env":
          env = value.assertMapping("container env");
          for (const envItem of env) {
            envItem.key.assertString("container env value");
          }
          break;
        case "ports":
          ports = value.assertSequence("container ports");
          for (const port of ports) {
            port.assertString("container port");
          }
          break;
        case "volumes":
          volumes = value.assertSequence("container volumes");
          for (const volume of volumes) {
            volume.assertString("container volume");
          }
          break;
        case "options":
          options = value.assertString("container options");
          break;
        case "entrypoint":
          entrypoint = value.assertString("container entrypoint");
          break;
        case "command":
          command = value.assertString("container command");
          break;
        default:
          context.error(key, `Unexpected container item key: ${key.value}`);
      }
    }
  if (!image) {
    context.error(container, "Container image cannot be empty");
  } else {
    return { image, env, ports, volumes, options, entrypoint, command };
  }
}
function convertToJobServices(context, services) {
  const serviceList = [];
  const mapping = services.assertMapping("services");
  for (const service of mapping) {
    service.key.assertString("service key");
    const container = convertToServiceContainer(context, service.value);
    if (container) {
      serviceList.push(container);
    }
  }
  return serviceList;
}
function convertToJobCredentials(context, value) {
  const mapping = value.assertMapping("credentials");
  let username;
  let password;
  for (const item of mapping) {
    const key = item.key.assertString("credentials item");
    const value2 = item.value;
    switch (key.value) {
      case "username":
        username = value2.assertString("credentials username");
        break;
      case "password":
        password = value2.assertString("credentials password");
        break;
      default:
        context.error(key, `credentials key ${key.value}`);
    }
  }
  return { username, password };
}

// node_modules/@actions/workflow-parser/dist/model/converter/id-builder.js
var SEPARATOR = "_";
var MAX_ATTEMPTS = 1e3;
var MAX_LENGTH = 100;
var IdBuilder = class {
  constructor() {
    this.name = [];
    this.distinctNames = /* @__PURE__ */ new Set();
  }
  appendSegment(value) {
    if (value.length === 0) {
      return;
    }
    if (this.name.length == 0) {
      const first = value[0];
      if (this.isAlpha(first) || first == "_") {
      } else if (this.isNumeric(first) || first == "-") {
        this.name.push("_");
      } else {
      }
    } else {
      this.name.push(SEPARATOR);
    }
    for (const c of value) {
      {
        if (this.isAlphaNumeric(c) || c == "_" || c == "-") {
          this.name.push(c);
        } else {
          this.name.push(SEPARATOR);
        }
      }
    }
  }
  build() {
    const original = this.name.length > 0 ? this.name.join("") : "job";
    let suffix = "";
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
      if (attempt === 1) {
        suffix = "";
      } else {
        suffix = `_${attempt}`;
      }
      const candidate = original.substring(0, Math.min(original.length, MAX_LENGTH - suffix.length)) + suffix;
      if (!this.distinctNames.has(candidate)) {
        this.distinctNames.add(candidate);
        this.name = [];
        return candidate;
      }
    }
    throw new Error("Unable to create a unique name");
  }
  /**
   * Adds a known identifier to the set of distinct ids.
   * @param value The value to add
   * @returns An error if the value is invalid, otherwise undefined
   */
  tryAddKnownId(value) {
    if (!value || !this.isValid(value) || value.length >= MAX_LENGTH) {
      return `The identifier '${value}' is invalid. IDs may only contain alphanumeric characters, '_', and '-'. IDs must start with a letter or '_' and and must be less than ${MAX_LENGTH} characters.`;
    }
    if (value.startsWith(SEPARATOR + SEPARATOR)) {
      return `The identifier '${value}' is invalid. IDs starting with '__' are reserved.`;
    }
    if (this.distinctNames.has(value)) {
      return `The identifier '${value}' may not be used more than once within the same scope.`;
    }
    this.distinctNames.add(value);
    return;
  }
  /**
   * A name is valid if it starts with a letter or underscore, and contains only
   * letters, numbers, underscores, and hyphens.
   * @param name The string name to validate
   * @returns Whether the name is valid
   */
  isValid(name) {
    let first = true;
    for (const c of name) {
      if (first) {
        first = false;
        if (!this.isAlpha(c) && c != "_") {
          return false;
        }
        continue;
      }
      if (!this.isAlphaNumeric(c) && c != "_" && c != "-") {
        return false;
      }
    }
    return true;
  }
  isAlphaNumeric(c) {
    return this.isAlpha(c) || this.isNumeric(c);
  }
  isNumeric(c) {
    return c >= "0" && c <= "9";
  }
  isAlpha(c) {
    return c >= "a" && c <= "z" || c >= "A" && c <= "Z";
  }
};

// node_modules/@actions/workflow-parser/dist/model/converter/job/environment.js
function convertToActionsEnvironmentRef(context, token) {
  const result = {};
  if (token.isExpression) {
    return result;
  }
  if (isScalar2(token)) {
    result.name = token;
    return result;
  }
  const environmentMapping = token.assertMapping("job environment");
  for (const property of environmentMapping) {
    const propertyName = property.key.assertString("job environment key");
    if (property.key.isExpression || property.value.isExpression) {
      continue;
    }
    switch (propertyName.value) {
      case "name":
        result.name = property.value.assertScalar("job environment name key");
        break;
      case "url":
        result.url = property.value;
        break;
      case "deployment": {
        const deploymentValue = property.value.assertBoolean("job environment deployment");
        if (deploymentValue.value === false) {
          result.skipDeployment = true;
        }
        break;
      }
    }
  }
  return result;
}

// node_modules/@actions/workflow-parser/dist/model/converter/job/runs-on.js
function convertRunsOn(context, token) {
  const labels2 = convertRunsOnLabels(token);
  if (!isMapping(token)) {
    return {
      labels: labels2,
      group: ""
    };
  }
  let group = "";
  for (const item of token) {
    const key = item.key.assertString("job runs-on property name");
    switch (key.value) {
      case "group": {
        if (item.value.isExpression) {
          continue;
        }
        const groupName = item.value.assertString("job runs-on group name").value;
        const names = groupName.split("/");
        switch (names.length) {
          case 1: {
            group = groupName;
            break;
          }
          case 2: {
            if (!["org", "organization", "ent", "enterprise"].includes(names[0])) {
              context.error(item.value, `Invalid runs-on group name '${groupName}. Please use 'organization/' or 'enterprise/' prefix to target a single runner group.'`);
              continue;
            }
            if (!names[1]) {
              context.error(item.value, `Invalid runs-on group name '${groupName}'.`);
              continue;
            }
            group = groupName;
            break;
          }
          default: {
            context.error(item.value, `Invalid runs-on group name '${groupName}. Please use 'organization/' or 'enterprise/' prefix to target a single runner group.'`);
            break;
          }
        }
        break;
      }
      case "labels": {
        const mapLabels = convertRunsOnLabels(item.value);
        for (const label of mapLabels) {
          labels2.add(label);
        }
        break;
      }
    }
  }
  return {
    labels: labels2,
    group
  };
}
function convertRunsOnLabels(token) {
  const labels2 = /* @__PURE__ */ new Set();
  if (token.isExpression) {
    return labels2;
  }
  if (isString(token)) {
    labels2.add(token.value);
    return labels2;
  }
  if (isSequence(token)) {
    for (const item of token) {
      if (item.isExpression) {
        continue;
      }
      const label = item.assertString("job runs-on label sequence item");
      labels2.add(label.value);
    }
  }
  return labels2;
}

// node_modules/@actions/workflow-parser/dist/model/type-guards.js
function isActionStep(step) {
  return step.uses !== void 0;
}
function isReusableWorkflowJob(job) {
  return job.type === "reusableWorkflowJob";
}

// node_modules/@actions/workflow-parser/dist/model/converter/steps.js
function convertSteps(context, steps) {
  if (!isSequence(steps)) {
    context.error(steps, "Invalid format for steps");
    return [];
  }
  const idBuilder = new IdBuilder();
  const knownStepIds = /* @__PURE__ */ new Set();
  const result = [];
  for (const item of steps) {
    const step = handleTemplateTokenErrors(steps, context, void 0, () => convertStep(context, idBuilder, knownStepIds, item));
    if (step) {
      result.push(step);
    }
  }
  for (const step of result) {
    if (step.id) {
      continue;
    }
    let id = "";
    if (isActionStep(step)) {
      id = createActionStepId(step);
    } else if ("wait" in step) {
      id = "wait";
    } else if ("wait-all" in step) {
      id = "wait-all";
    } else if ("cancel" in step) {
      id = "cancel";
    } else if ("parallel" in step) {
      id = "parallel";
    }
    if (!id) {
      id = "run";
    }
    idBuilder.appendSegment(`__${id}`);
    step.id = idBuilder.build();
  }
  return result;
}
function convertStep(context, idBuilder, knownStepIds, step) {
  const mapping = step.assertMapping("steps item");
  let run;
  let id;
  let name;
  let uses;
  let background;
  let wait;
  let waitAll;
  let cancel;
  let parallel;
  let continueOnError;
  let env;
  let ifCondition;
  for (const item of mapping) {
    const key = item.key.assertString("steps item key");
    switch (key.value) {
      case "id":
        id = item.value.assertString("steps item id");
        if (id) {
          const error = idBuilder.tryAddKnownId(id.value);
          if (error) {
            context.error(id, error);
          } else {
            knownStepIds.add(id.value);
          }
        }
        break;
      case "name":
        name = item.value.assertScalar("steps item name");
        break;
      case "run":
        run = item.value.assertScalar("steps item run");
        break;
      case "uses":
        uses = item.value.assertString("steps item uses");
        break;
      case "background":
        background = item.value.assertBoolean("steps item background").value;
        break;
      case "wait":
        wait = convertWaitTargets(context, knownStepIds, item.value, id);
        break;
      case "wait-all":
        waitAll = convertWaitAllValue(context, item.value);
        break;
      case "cancel":
        cancel = item.value.assertString("steps item cancel");
        validateTargetStepId(context, knownStepIds, cancel, id);
        break;
      case "parallel":
        parallel = item.value;
        break;
      case "env":
        env = item.value.assertMapping("step env");
        break;
      case "if":
        ifCondition = convertToIfCondition(context, item.value);
        break;
      case "continue-on-error":
        if (!item.value.isExpression) {
          continueOnError = item.value.assertBoolean("steps item continue-on-error").value;
        } else {
          continueOnError = item.value.assertScalar("steps item continue-on-error");
        }
    }
  }
  if (run) {
    return {
      id: id?.value || "",
      name,
      if: ifCondition || new BasicExpressionToken(void 0, void 0, "success()", void 0, void 0, void 0),
      "continue-on-error": continueOnError,
      env,
      run,
      background
    };
  }
  if (uses) {
    return {
      id: id?.value || "",
      name,
      if: ifCondition || new BasicExpressionToken(void 0, void 0, "success()", void 0, void 0, void 0),
      "continue-on-error": continueOnError,
      env,
      uses,
      background
    };
  }
  if (wait) {
    return {
      id: id?.value || "",
      name: name || createSyntheticStepName("Wait"),
      "continue-on-error": continueOnError,
      wait
    };
  }
  if (waitAll !== void 0) {
    return {
      id: id?.value || "",
      name: name || createSyntheticStepName("Wait for all"),
      "continue-on-error": continueOnError,
      "wait-all": waitAll
    };
  }
  if (cancel) {
    return {
      id: id?.value || "",
      name: name || createSyntheticStepName("Cancel"),
      "continue-on-error": continueOnError,
      cancel
    };
  }
  if (parallel) {
    const parallelSteps = convertSteps(context, parallel);
    for (const ps of parallelSteps) {
      if ("background" in ps && ps.background !== void 0) {
        context.error(step, "'background' is not allowed inside a parallel block. Steps in a parallel block are automatically run as background steps.");
      }
      if ("wait" in ps) {
        context.error(step, "'wait' is not allowed inside a parallel block.");
      }
      if ("wait-all" in ps) {
        context.error(step, "'wait-all' is not allowed inside a parallel block.");
      }
      if ("cancel" in ps) {
        context.error(step, "'cancel' is not allowed inside a parallel block.");
      }
      if ("parallel" in ps) {
        context.error(step, "Nested 'parallel' blocks are not allowed.");
      }
    }
    return {
      id: id?.value || "",
      name: name || createSyntheticStepName("Parallel group"),
      parallel: parallelSteps
    };
  }
  context.error(step, context.state.featureFlags?.isEnabled("allowBackgroundSteps") ? "Expected one of uses, run, wait, wait-all, cancel, or parallel to be defined" : "Expected one of uses or run to be defined");
}
function createActionStepId(step) {
  const uses = step.uses.value;
  if (uses.startsWith("docker://")) {
    return uses.substring("docker://".length);
  }
  if (uses.startsWith("./") || uses.startsWith(".\\")) {
    return "self";
  }
  if (uses.startsWith("$/")) {
    return "self";
  }
  const segments = uses.split("@");
  if (segments.length != 2) {
    return "";
  }
  const pathSegments = segments[0].split(/[\\/]/).filter((s) => s.length > 0);
  const gitRef = segments[1];
  if (pathSegments.length >= 2 && pathSegments[0] && pathSegments[1] && gitRef) {
    return `${pathSegments[0]}/${pathSegments[1]}`;
  }
  return "";
}
function createSyntheticStepName(value) {
  return new StringToken(void 0, void 0, value, void 0, void 0, void 0);
}
function convertWaitTargets(context, knownStepIds, token, ownStepId) {
  if (token instanceof StringToken) {
    validateTargetStepId(context, knownStepIds, token, ownStepId);
    return [token];
  }
  const sequence = token.assertSequence("steps item wait");
  const targets = [];
  for (let i = 0; i < sequence.count; i++) {
    const target = sequence.get(i).assertString("steps item wait item");
    validateTargetStepId(context, knownStepIds, target, ownStepId);
    targets.push(target);
  }
  return targets;
}
function convertWaitAllValue(context, token) {
  if (token instanceof NullToken) {
    return true;
  }
  const value = token.assertBoolean("steps item wait-all").value;
  if (!value) {
    context.error(token, "The value of 'wait-all' must be true or omitted");
  }
  return true;
}
function validateTargetStepId(context, knownStepIds, target, ownStepId) {
  if (target.value.startsWith("__")) {
    context.error(target, `The identifier '${target.value}' is invalid. IDs starting with '__' are reserved.`);
  } else if (ownStepId && target.value.toLowerCase() === ownStepId.value.toLowerCase()) {
    context.error(target, `Step '${ownStepId.value}' cannot reference itself`);
  } else if (!knownStepIds.has(target.value)) {
    context.error(target, `Step references unknown step ID '${target.value}'`);
  }
}

// node_modules/@actions/workflow-parser/dist/model/converter/job.js
function convertJob(context, jobKey, token) {
  const error = new IdBuilder().tryAddKnownId(jobKey.value);
  if (error) {
    context.error(jobKey, error);
  }
  let concurrency, container, env, environment, ifCondition, name, outputs, runsOn, services, strategy, snapshot;
  let needs = void 0;
  let steps = [];
  let workflowJobRef;
  let workflowJobInputs;
  let inheritSecrets = false;
  let workflowJobSecrets;
  for (const item of token) {
    const propertyName = item.key.assertString("job property name");
    switch (propertyName.value) {
      case "concurrency":
        handleTemplateTokenErrors(item.value, context, void 0, () => convertConcurrency(context, item.value));
        concurrency = item.value;
        break;
      case "container":
        convertToJobContainer(context, item.value);
        container = item.value;
        break;
      case "env":
        handleTemplateTokenErrors(item.value, context, void 0, () => {
          env = item.value.assertMapping("job env");
        });
        break;
      case "environment":
        handleTemplateTokenErrors(item.value, context, void 0, () => convertToActionsEnvironmentRef(context, item.value));
        environment = item.value;
        break;
      case "if":
        ifCondition = convertToIfCondition(context, item.value);
        break;
      case "name":
        name = item.value.assertScalar("job name");
        break;
      case "needs": {
        needs = [];
        if (isString(item.value)) {
          const jobNeeds = item.value.assertString("job needs id");
          needs.push(jobNeeds);
        }
        if (isSequence(item.value)) {
          for (const seqItem of item.value) {
            const jobNeeds = seqItem.assertString("job needs id");
            needs.push(jobNeeds);
          }
        }
        break;
      }
      case "outputs":
        handleTemplateTokenErrors(item.value, context, void 0, () => {
          outputs = item.value.assertMapping("job outputs");
        });
        break;
      case "runs-on":
        handleTemplateTokenErrors(item.value, context, void 0, () => convertRunsOn(context, item.value));
        runsOn = item.value;
        break;
      case "services":
        convertToJobServices(context, item.value);
        services = item.value;
        break;
      case "snapshot":
        snapshot = item.value;
        break;
      case "steps":
        steps = convertSteps(context, item.value);
        break;
      case "strategy":
        strategy = item.value;
        break;
      case "uses":
        workflowJobRef = item.value.assertString("job uses value");
        break;
      case "with":
        handleTemplateTokenErrors(item.value, context, void 0, () => {
          workflowJobInputs = item.value.assertMapping("uses-with value");
        });
        break;
      case "secrets":
        if (isString(item.value) && item.value.value === "inherit") {
          inheritSecrets = true;
        } else {
          handleTemplateTokenErrors(item.value, context, void 0, () => {
            workflowJobSecrets = item.value.assertMapping("uses-secrets value");
          });
        }
        break;
    }
  }
  if (workflowJobRef !== void 0) {
    return {
      type: "reusableWorkflowJob",
      id: jobKey,
      name: jobName(name, jobKey),
      needs: needs || [],
      if: ifCondition || new BasicExpressionToken(void 0, void 0, "success()", void 0, void 0, void 0),
      ref: workflowJobRef,
      "input-definitions": void 0,
      "input-values": workflowJobInputs,
      "secret-definitions": void 0,
      "secret-values": workflowJobSecrets,
      "inherit-secrets": inheritSecrets || void 0,
      outputs: void 0,
      concurrency,
      strategy
    };
  } else {
    return {
      type: "job",
      id: jobKey,
      name: jobName(name, jobKey),
      needs,
      if: ifCondition || new BasicExpressionToken(void 0, void 0, "success()", void 0, void 0, void 0),
      env,
      concurrency,
      environment,
      strategy,
      "runs-on": runsOn,
      container,
      services,
      outputs,
      steps,
      snapshot
    };
  }
}
function jobName(name, jobKey) {
  if (name === void 0) {
    return jobKey;
  }
  if (isString(name) && name.value === "") {
    return jobKey;
  }
  return name;
}

// node_modules/@actions/workflow-parser/dist/model/converter/jobs.js
function convertJobs(context, token) {
  if (isMapping(token)) {
    const result = [];
    const jobsWithSatisfiedNeeds = [];
    const alljobsWithUnsatisfiedNeeds = [];
    for (const item of token) {
      const jobKey = item.key.assertString("job name");
      const jobDef = item.value.assertMapping(`job ${jobKey.value}`);
      const job = handleTemplateTokenErrors(token, context, void 0, () => convertJob(context, jobKey, jobDef));
      if (job) {
        result.push(job);
        const node = {
          name: job.id.value,
          needs: Object.assign([], job.needs)
        };
        if (node.needs.length > 0) {
          alljobsWithUnsatisfiedNeeds.push(node);
        } else {
          jobsWithSatisfiedNeeds.push(node);
        }
      }
    }
    validateNeeds(token, context, result, jobsWithSatisfiedNeeds, alljobsWithUnsatisfiedNeeds);
    return result;
  }
  context.error(token, "Invalid format for jobs");
  return [];
}
function validateNeeds(token, context, result, jobsWithSatisfiedNeeds, alljobsWithUnsatisfiedNeeds) {
  if (jobsWithSatisfiedNeeds.length == 0) {
    context.error(token, "The workflow must contain at least one job with no dependencies.");
    return;
  }
  while (jobsWithSatisfiedNeeds.length > 0) {
    const currentJob = jobsWithSatisfiedNeeds.shift();
    if (currentJob == void 0) {
      break;
    }
    for (let i = alljobsWithUnsatisfiedNeeds.length - 1; i >= 0; i--) {
      const unsatisfiedJob = alljobsWithUnsatisfiedNeeds[i];
      for (let j = unsatisfiedJob.needs.length - 1; j >= 0; j--) {
        const need = unsatisfiedJob.needs[j];
        if (need.value == currentJob.name) {
          unsatisfiedJob.needs.splice(j, 1);
          if (unsatisfiedJob.needs.length == 0) {
            jobsWithSatisfiedNeeds.push(unsatisfiedJob);
            alljobsWithUnsatisfiedNeeds.splice(i, 1);
          }
        }
      }
    }
  }
  if (alljobsWithUnsatisfiedNeeds.length > 0) {
    const jobNames = result.map((x) => x.id.value);
    for (const unsatisfiedJob of alljobsWithUnsatisfiedNeeds) {
      for (const need of unsatisfiedJob.needs) {
        if (jobNames.includes(need.value)) {
          context.error(need, `Job '${unsatisfiedJob.name}' depends on job '${need.value}' which creates a cycle in the dependency graph.`);
        } else {
          context.error(need, `Job '${unsatisfiedJob.name}' depends on unknown job '${need.value}'.`);
        }
      }
    }
  }
}

// node_modules/@actions/workflow-parser/dist/model/converter/job/inputs.js
function convertWorkflowJobInputs(context, job) {
  const inputDefinitions = createTokenMap(job["input-definitions"]?.assertMapping("workflow job input definitions"), "inputs");
  const inputValues = createTokenMap(job["input-values"]?.assertMapping("workflow job input values"), "with");
  if (inputDefinitions !== void 0) {
    for (const [, [name, value]] of inputDefinitions) {
      const inputSpec = createTokenMap(value.assertMapping(`input ${name}`), `input ${name} key`);
      const inputTypeToken = inputSpec?.get("type")?.[1];
      if (!inputTypeToken) {
        continue;
      }
      const inputSet = inputValues !== void 0 && inputValues.has(name.toLowerCase());
      const required = inputSpec.get("required")?.[1].assertBoolean(`input ${name} required`).value;
      if (required && !inputSet) {
        context.error(job.ref, `Input ${name} is required, but not provided while calling.`);
      }
    }
  }
  if (inputValues !== void 0) {
    for (const [, [name, value]] of inputValues) {
      if (!inputDefinitions?.has(name.toLowerCase())) {
        context.error(value, `Invalid input, ${name} is not defined in the referenced workflow.`);
      }
    }
  }
}
function createTokenMap(mapping, description) {
  if (!mapping) {
    return void 0;
  }
  const result = /* @__PURE__ */ new Map();
  for (const item of mapping) {
    const name = item.key.assertString(`${description} key`);
    result.set(name.value.toLowerCase(), [name.value, item.value]);
  }
  return result;
}

// node_modules/@actions/workflow-parser/dist/model/converter/job/secrets.js
function convertWorkflowJobSecrets(context, job) {
  if (job["inherit-secrets"]) {
    return;
  }
  const secretDefinitions = createTokenMap(job["secret-definitions"]?.assertMapping("workflow job secret definitions"), "secrets");
  const secretValues = createTokenMap(job["secret-values"]?.assertMapping("workflow job secret values"), "secrets");
  if (secretDefinitions !== void 0) {
    for (const [, [name, value]] of secretDefinitions) {
      if (value instanceof NullToken) {
        continue;
      }
      const secretSpec = createTokenMap(value.assertMapping(`secret ${name}`), `secret ${name} key`);
      const required = secretSpec?.get("required")?.[1].assertBoolean(`secret ${name} required`).value;
      if (required) {
        if (secretValues == void 0 || !secretValues.has(name.toLowerCase())) {
          context.error(job.ref, `Secret ${name} is required, but not provided while calling.`);
        }
      }
    }
  }
  if (secretValues !== void 0) {
    for (const [, [name, value]] of secretValues) {
      if (!secretDefinitions?.has(name.toLowerCase())) {
        context.error(value, `Invalid secret, ${name} is not defined in the referenced workflow.`);
      }
    }
  }
}

// node_modules/@actions/workflow-parser/dist/model/converter/referencedWorkflow.js
function convertReferencedWorkflow(context, referencedWorkflow, job) {
  const mapping = referencedWorkflow.assertMapping("root");
  const tokenForErrors = job.ref;
  for (const pair of mapping) {
    const key = pair.key.assertString("root key");
    switch (key.value) {
      case "on": {
        handleTemplateTokenErrors(tokenForErrors, context, void 0, () => convertReferencedWorkflowOn(context, pair.value, job));
        break;
      }
      case "jobs": {
        job.jobs = handleTemplateTokenErrors(tokenForErrors, context, [], () => convertJobs(context, pair.value));
        break;
      }
    }
  }
}
function convertReferencedWorkflowOn(context, on, job) {
  const tokenForErrors = job.ref;
  switch (on.templateTokenType) {
    case TokenType.String: {
      const event = on.assertString("Reference workflow on value").value;
      if (event === "workflow_call") {
        handleTemplateTokenErrors(tokenForErrors, context, void 0, () => convertWorkflowJobInputs(context, job));
        handleTemplateTokenErrors(tokenForErrors, context, void 0, () => convertWorkflowJobSecrets(context, job));
        return;
      }
      break;
    }
    case TokenType.Sequence: {
      const events = on.assertSequence("Reference workflow on value");
      for (const eventToken of events) {
        const event = eventToken.assertString(`Reference workflow on value ${eventToken}`).value;
        if (event === "workflow_call") {
          handleTemplateTokenErrors(tokenForErrors, context, void 0, () => convertWorkflowJobInputs(context, job));
          handleTemplateTokenErrors(tokenForErrors, context, void 0, () => convertWorkflowJobSecrets(context, job));
          return;
        }
      }
      break;
    }
    case TokenType.Mapping: {
      const eventMapping = on.assertMapping("Reference workflow on value");
      for (const pair of eventMapping) {
        const event = pair.key.assertString(`Reference workflow on value ${pair.key}`).value;
        if (event !== "workflow_call") {
          continue;
        }
        if (pair.value.templateTokenType === TokenType.Null) {
          handleTemplateTokenErrors(tokenForErrors, context, void 0, () => convertWorkflowJobInputs(context, job));
          handleTemplateTokenErrors(tokenForErrors, context, void 0, () => convertWorkflowJobSecrets(context, job));
          return;
        }
        const definitions2 = pair.value.assertMapping(`Reference workflow on value ${pair.key}`);
        for (const definition of definitions2) {
          const definitionKey = definition.key.assertString(`on-workflow_call-${definition.key}`).value;
          switch (definitionKey) {
            case "inputs":
              job["input-definitions"] = definition.value.assertMapping(`on-workflow_call-${definition.key}`);
              break;
            case "outputs":
              job.outputs = definition.value.assertMapping(`on-workflow_call-${definition.key}`);
              break;
            case "secrets":
              job["secret-definitions"] = definition.value.assertMapping(`on-workflow_call-${definition.key}`);
              break;
          }
        }
        handleTemplateTokenErrors(tokenForErrors, context, void 0, () => convertWorkflowJobInputs(context, job));
        handleTemplateTokenErrors(tokenForErrors, context, void 0, () => convertWorkflowJobSecrets(context, job));
        return;
      }
      break;
    }
  }
  context.error(tokenForErrors, "workflow_call key is not defined in the referenced workflow.");
}

// node_modules/@actions/workflow-parser/dist/model/convert.js
var ErrorPolicy;
(function(ErrorPolicy2) {
  ErrorPolicy2[ErrorPolicy2["ReturnErrorsOnly"] = 0] = "ReturnErrorsOnly";
  ErrorPolicy2[ErrorPolicy2["TryConversion"] = 1] = "TryConversion";
})(ErrorPolicy || (ErrorPolicy = {}));
var defaultOptions = {
  maxReusableWorkflowDepth: 4,
  fetchReusableWorkflowDepth: 0,
  errorPolicy: ErrorPolicy.ReturnErrorsOnly,
  featureFlags: new FeatureFlags()
};
async function convertWorkflowTemplate(context, root, fileProvider, options = defaultOptions) {
  const result = {};
  const opts = getOptionsWithDefaults(options);
  context.state.featureFlags = opts.featureFlags;
  if (context.errors.getErrors().length > 0 && opts.errorPolicy === ErrorPolicy.ReturnErrorsOnly) {
    result.errors = context.errors.getErrors().map((x) => ({
      Message: x.message
    }));
    return result;
  }
  if (fileProvider === void 0 && opts.fetchReusableWorkflowDepth > 0) {
    context.error(root, new Error("A file provider is required to fetch reusable workflows"));
  }
  try {
    const rootMapping = root.assertMapping("root");
    for (const item of rootMapping) {
      const key = item.key.assertString("root key");
      switch (key.value) {
        case "on":
          result.events = handleTemplateTokenErrors(root, context, {}, () => convertOn(context, item.value));
          break;
        case "jobs":
          result.jobs = handleTemplateTokenErrors(root, context, [], () => convertJobs(context, item.value));
          break;
        case "concurrency":
          handleTemplateTokenErrors(root, context, {}, () => convertConcurrency(context, item.value));
          result.concurrency = item.value;
          break;
        case "env":
          result.env = item.value;
          break;
      }
    }
    for (const job of result.jobs || []) {
      if (isReusableWorkflowJob(job)) {
        if (opts.maxReusableWorkflowDepth === 0) {
          context.error(job.ref, new Error("Reusable workflows are not allowed"));
          continue;
        }
        if (opts.fetchReusableWorkflowDepth === 0 || fileProvider === void 0) {
          continue;
        }
        try {
          const file = await fileProvider.getFileContent(parseFileReference(job.ref.value));
          const workflow = parseWorkflow(file, context);
          if (!workflow.value) {
            continue;
          }
          convertReferencedWorkflow(context, workflow.value, job);
        } catch {
          context.error(job.ref, new Error("Unable to find reusable workflow"));
        }
      }
    }
  } catch (err) {
    if (err instanceof TemplateTokenError) {
      context.error(err.token, err);
    } else {
      context.error(root, err);
    }
  } finally {
    if (context.errors.getErrors().length > 0) {
      result.errors = context.errors.getErrors().map((x) => ({
        Message: x.message
      }));
    }
  }
  return result;
}
function getOptionsWithDefaults(options) {
  return {
    maxReusableWorkflowDepth: options.maxReusableWorkflowDepth !== void 0 ? options.maxReusableWorkflowDepth : defaultOptions.maxReusableWorkflowDepth,
    fetchReusableWorkflowDepth: options.fetchReusableWorkflowDepth !== void 0 ? options.fetchReusableWorkflowDepth : defaultOptions.fetchReusableWorkflowDepth,
    errorPolicy: options.errorPolicy !== void 0 ? options.errorPolicy : defaultOptions.errorPolicy,
    featureFlags: options.featureFlags ?? defaultOptions.featureFlags
  };
}

// src/executor/expressions.ts
var CONTEXT_NAMES = ["github", "env", "vars", "secrets", "needs", "steps", "job", "jobs", "runner", "inputs", "strategy", "matrix"];
var ExpressionProblem = class extends Error {
  name = "ExpressionProblem";
};
var STATUS_FUNCTIONS = ["success", "failure", "cancelled", "always"];
var PARSE_FUNCTIONS = [...STATUS_FUNCTIONS.map((name) => ({ name, minArgs: 0, maxArgs: 0 })), { name: "hashFiles", minArgs: 1, maxArgs: 255 }];
function statusFunctions(status) {
  const bool2 = (v) => new data_exports.BooleanData(v);
  const notSucceeded = status.notSucceeded ?? status.failed;
  const fns = [
    { name: "success", minArgs: 0, maxArgs: 0, call: () => bool2(!notSucceeded && !status.cancelled) },
    { name: "failure", minArgs: 0, maxArgs: 0, call: () => bool2(status.failed && !status.cancelled) },
    { name: "cancelled", minArgs: 0, maxArgs: 0, call: () => bool2(status.cancelled) },
    { name: "always", minArgs: 0, maxArgs: 0, call: () => bool2(true) },
    {
      name: "hashFiles",
      minArgs: 1,
      maxArgs: 255,
      call: () => {
        throw new ExpressionProblem("hashFiles() is not supported by the local executor");
      }
    }
  ];
  return new Map(fns.map((f) => [f.name.toLowerCase(), f]));
}
function toExpressionData(value) {
  return JSON.parse(JSON.stringify(value ?? null), data_exports.reviver);
}
function fromExpressionData(d) {
  return JSON.parse(JSON.stringify(d, data_exports.replacer));
}
var parsed = /* @__PURE__ */ new Map();
function parse2(expression) {
  let tree = parsed.get(expression);
  if (tree) return tree;
  try {
    const { tokens } = new Lexer(expression).lex();
    tree = new Parser(tokens.map(unescapeString), [...CONTEXT_NAMES], PARSE_FUNCTIONS).parse();
  } catch (err) {
    throw new ExpressionProblem(`invalid expression '${expression}': ${err.message}`);
  }
  if (parsed.size > 5e3) parsed.clear();
  parsed.set(expression, tree);
  return tree;
}
function unescapeString(t) {
  return t.type === TokenType2.STRING ? { ...t, value: t.lexeme.slice(1, -1).replaceAll("''", "'") } : t;
}
function evaluate(expression, scope) {
  const tree = parse2(expression);
  const context = new data_exports.Dictionary(...CONTEXT_NAMES.map((name) => ({ key: name, value: toExpressionData(scope.contexts[name] ?? {}) })));
  try {
    return new Evaluator(tree, context, statusFunctions(scope.status)).evaluate();
  } catch (err) {
    if (err instanceof ExpressionProblem) throw err;
    throw new ExpressionProblem(`cannot evaluate '${expression}': ${err.message}`);
  }
}
function condition(expression, scope) {
  return !falsy(evaluate(expression, scope));
}
function asString(d) {
  return d.coerceString();
}

// src/executor/evaluate.ts
function valueOf(token, scope) {
  if (isBasicExpression(token)) return fromExpressionData(evaluate(token.expression, scope));
  if (isString(token)) return token.value;
  if (isBoolean(token)) return token.value;
  if (isNumber(token)) return token.value;
  if (isSequence(token)) return [...token].map((t) => valueOf(t, scope));
  if (isMapping(token)) {
    const out = {};
    for (const { key, value } of token) out[String(valueOf(key, scope))] = valueOf(value, scope);
    return out;
  }
  return null;
}
function stringOf(token, scope) {
  if (isBasicExpression(token)) return asString(evaluate(token.expression, scope));
  if (isString(token)) return token.value;
  if (isBoolean(token)) return token.value ? "true" : "false";
  if (isNumber(token)) return String(token.value);
  if (isSequence(token) || isMapping(token)) throw new ExpressionProblem("expected a string, got a sequence or mapping");
  return "";
}
function stringMap(token, scope) {
  const out = {};
  if (!token) return out;
  for (const { key, value } of token) out[stringOf(key, scope)] = stringOf(value, scope);
  return out;
}

// src/executor/context.ts
import { mkdirSync as mkdirSync2 } from "node:fs";
import path9 from "node:path";
function jobDirs(workDir, job, attempt = 1) {
  const root = path9.join(workDir, "jobs", attempt > 1 ? `${job}-attempt-${attempt}` : job);
  const dirs = {
    root,
    workspace: path9.join(root, "workspace"),
    temp: path9.join(root, "temp"),
    home: path9.join(root, "home"),
    toolCache: path9.join(root, "tool-cache"),
    files: path9.join(root, "files")
  };
  for (const d of Object.values(dirs)) mkdirSync2(d, { recursive: true });
  return dirs;
}
function refName(ref) {
  return /^refs\/(?:heads|tags|pull)\/(.+)$/.exec(ref)?.[1] ?? ref;
}
function refType(ref) {
  return ref.startsWith("refs/tags/") ? "tag" : "branch";
}
function pullRefs(request) {
  const pr = request.event.pull_request;
  const isPullEvent = /^pull_request/.test(request.eventName);
  return {
    head: isPullEvent && typeof pr?.head?.ref === "string" ? pr.head.ref : "",
    base: isPullEvent && typeof pr?.base?.ref === "string" ? pr.base.ref : ""
  };
}
function githubContext(i) {
  const { host, request } = i;
  const [owner] = host.repository.split("/");
  const { head, base } = pullRefs(request);
  return {
    action: "",
    action_path: "",
    action_ref: "",
    action_repository: "",
    actor: request.actor,
    api_url: host.apiUrl,
    base_ref: base,
    event: request.event,
    event_name: request.eventName,
    event_path: i.eventPath,
    graphql_url: host.flavour === "github" ? `${host.serverUrl}/api/graphql` : "",
    head_ref: head,
    job: i.job,
    ref: request.ref,
    ref_name: refName(request.ref),
    ref_protected: false,
    ref_type: refType(request.ref),
    repository: host.repository,
    repository_id: String(host.repositoryId),
    repository_owner: owner,
    retention_days: "90",
    run_attempt: String(request.attempt ?? 1),
    run_id: String(request.runId),
    run_number: String(request.runNumber),
    server_url: host.serverUrl,
    sha: request.sha,
    token: i.token,
    triggering_actor: request.actor,
    // Both forges give the workflow's `name:` here (the file path when it has none).
    workflow: i.workflow.name,
    workflow_ref: `${host.repository}/${i.workflow.file}@${request.ref}`,
    workspace: i.workspace
  };
}
function runnerEnv(i) {
  const g = githubContext(i);
  const env = {
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_ACTOR: String(g.actor),
    GITHUB_API_URL: String(g.api_url),
    GITHUB_BASE_REF: String(g.base_ref),
    GITHUB_EVENT_NAME: String(g.event_name),
    GITHUB_EVENT_PATH: i.eventPath,
    GITHUB_HEAD_REF: String(g.head_ref),
    GITHUB_JOB: i.job,
    GITHUB_REF: String(g.ref),
    GITHUB_REF_NAME: String(g.ref_name),
    GITHUB_REF_PROTECTED: "false",
    GITHUB_REF_TYPE: String(g.ref_type),
    GITHUB_REPOSITORY: String(g.repository),
    GITHUB_REPOSITORY_ID: String(g.repository_id),
    GITHUB_REPOSITORY_OWNER: String(g.repository_owner),
    GITHUB_RETENTION_DAYS: "90",
    GITHUB_RUN_ATTEMPT: String(g.run_attempt),
    GITHUB_RUN_ID: String(g.run_id),
    GITHUB_RUN_NUMBER: String(g.run_number),
    GITHUB_SERVER_URL: String(g.server_url),
    GITHUB_SHA: String(g.sha),
    GITHUB_TRIGGERING_ACTOR: String(g.triggering_actor),
    GITHUB_WORKFLOW: String(g.workflow),
    GITHUB_WORKFLOW_REF: String(g.workflow_ref),
    GITHUB_WORKSPACE: i.workspace,
    RUNNER_ARCH: process.arch === "arm64" ? "ARM64" : "X64",
    RUNNER_NAME: i.runnerName,
    RUNNER_OS: "Linux",
    RUNNER_TEMP: i.dirs.temp,
    RUNNER_TOOL_CACHE: i.dirs.toolCache
  };
  if (i.host.flavour === "github") {
    env.GITHUB_GRAPHQL_URL = String(g.graphql_url);
    env.RUNNER_ENVIRONMENT = "self-hosted";
    return env;
  }
  env.GITHUB_TOKEN = i.token;
  env.GITEA_ACTIONS = "true";
  env.ACT = "true";
  return withForgejoNames(env);
}
function withForgejoNames(env) {
  for (const [k, v] of Object.entries(env)) if (k.startsWith("GITHUB_")) env[`FORGEJO_${k.slice("GITHUB_".length)}`] = v;
  return env;
}

// src/executor/workflow.ts
var BUILTINS = ["checkout", "upload-artifact", "download-artifact", "setup-node"];
var BUILTIN_INPUTS = {
  checkout: ["ref", "persist-credentials", "sparse-checkout", "sparse-checkout-cone-mode", "path", "fetch-depth", "token", "repository", "clean"],
  "upload-artifact": ["name", "path", "retention-days", "overwrite", "if-no-files-found", "include-hidden-files", "compression-level"],
  "download-artifact": ["name", "path", "pattern", "merge-multiple"],
  "setup-node": ["node-version", "cache"]
};
var BUILTIN_MIN_MAJOR = { checkout: 2, "upload-artifact": 3, "download-artifact": 3, "setup-node": 2 };
var WorkflowError = class extends Error {
  constructor(problems2) {
    super(problems2.map((p) => `${p.file}${p.line ? `:${p.line}:${p.column}` : ""}: ${p.message}`).join("\n"));
    this.problems = problems2;
    this.name = "WorkflowError";
  }
  problems;
};
var TOP_KEYS = ["name", "run-name", "on", "permissions", "env", "concurrency", "jobs"];
var JOB_KEYS = ["name", "needs", "if", "runs-on", "timeout-minutes", "permissions", "outputs", "env", "steps", "strategy"];
var STRATEGY_KEYS = ["matrix", "max-parallel", "fail-fast"];
var STEP_KEYS = ["id", "name", "if", "uses", "with", "env", "run", "shell", "working-directory", "continue-on-error", "timeout-minutes"];
var UNSUPPORTED_WHY = {
  defaults: "set shell and working-directory on each step instead",
  container: "the local executor runs jobs on the host, not in containers",
  services: "the local executor starts no service containers",
  uses: "reusable workflows are not implemented by the local executor",
  environment: "deployment environments are not implemented by the local executor",
  concurrency: "only workflow-level concurrency is implemented",
  "continue-on-error": "only step-level continue-on-error is implemented",
  snapshot: "custom images are not implemented by the local executor",
  with: "inputs belong to reusable workflows, which the local executor does not implement",
  secrets: "secrets belong to reusable workflows, which the local executor does not implement"
};
function readStrategy(entry, job, problem) {
  if (!entry) return void 0;
  if (!isMapping(entry.value)) {
    problem(entry.value, `strategy of job '${job}' must be a mapping`, "invalid-workflow");
    return void 0;
  }
  const keys = entries(entry.value);
  unsupportedKeys(keys, STRATEGY_KEYS, `strategy of job '${job}'`, problem);
  const matrix = keys.get("matrix")?.value;
  if (!matrix) {
    problem(entry.key, `strategy of job '${job}' has no matrix`, "invalid-workflow");
    return void 0;
  }
  const maxParallel = keys.get("max-parallel")?.value;
  const failFast = keys.get("fail-fast")?.value;
  return { matrix, ...maxParallel ? { maxParallel } : {}, ...failFast ? { failFast } : {} };
}
async function parseWorkflowFile(file, text2) {
  const parsed2 = parseWorkflow({ name: file, content: text2 }, new NoOperationTraceWriter());
  const problems2 = [];
  const problem = (token, message, code = "unsupported", hint) => problems2.push({ file, line: token?.range?.start.line ?? 0, column: token?.range?.start.column ?? 0, message, code, ...hint ? { hint } : {} });
  for (const e of parsed2.context.errors.getErrors()) {
    problems2.push({ file, line: e.range?.start.line ?? 0, column: e.range?.start.column ?? 0, message: e.rawMessage, code: "invalid-workflow" });
  }
  const root = parsed2.value;
  if (problems2.length > 0 || !root || !isMapping(root)) {
    if (problems2.length === 0) problem(root, "a workflow must be a mapping with `on` and `jobs`", "invalid-workflow");
    throw new WorkflowError(problems2);
  }
  const template = await convertWorkflowTemplate(parsed2.context, root);
  for (const e of parsed2.context.errors.getErrors()) {
    problems2.push({ file, line: e.range?.start.line ?? 0, column: e.range?.start.column ?? 0, message: e.rawMessage, code: "invalid-workflow" });
  }
  if (problems2.length > 0) throw new WorkflowError(problems2);
  const top = entries(root);
  unsupportedKeys(top, TOP_KEYS, "workflow", problem);
  const jobsToken = top.get("jobs");
  const rawJobs = jobsToken && isMapping(jobsToken.value) ? entries(jobsToken.value) : /* @__PURE__ */ new Map();
  const jobs = [];
  for (const job of template.jobs) {
    const raw = rawJobs.get(job.id.value);
    if (!raw || !isMapping(raw.value)) continue;
    const keys = entries(raw.value);
    unsupportedKeys(keys, JOB_KEYS, `job '${job.id.value}'`, problem);
    if (job.type !== "job") continue;
    const rawSteps = keys.get("steps");
    const stepTokens = rawSteps && isSequence(rawSteps.value) ? [...rawSteps.value] : [];
    const steps = [];
    job.steps.forEach((step, i) => {
      const token = stepTokens[i];
      if (!token || !isMapping(token)) return;
      const sk = entries(token);
      unsupportedKeys(sk, STEP_KEYS, `step ${i + 1} of job '${job.id.value}'`, problem);
      const def = {
        id: step.id,
        hasId: sk.has("id"),
        if: "if" in step && step.if ? step.if.expression : "success()",
        continueOnError: "continue-on-error" in step ? step["continue-on-error"] ?? false : false,
        line: token.range?.start.line ?? 0,
        ...step.name ? { name: step.name } : {},
        ..."env" in step && step.env ? { env: step.env } : {}
      };
      const timeout2 = sk.get("timeout-minutes")?.value;
      if (timeout2) def.timeoutMinutes = timeout2;
      const withToken = sk.get("with")?.value;
      if (withToken && isMapping(withToken)) def.with = withToken;
      if ("run" in step) {
        const shell = sk.get("shell")?.value;
        const shellName = shell && isString(shell) ? shell.value : shell ? void 0 : "default";
        if (shellName !== "bash" && shellName !== "sh" && shellName !== "default") {
          problem(shell, `shell '${shell && isString(shell) ? shell.value : "(an expression)"}' is not supported by the local executor`, "unsupported", "use bash or sh");
        }
        const wd = sk.get("working-directory")?.value;
        def.run = { script: step.run, shell: shellName === "bash" || shellName === "sh" ? shellName : "default", ...wd ? { workingDirectory: wd } : {} };
      } else if ("uses" in step) {
        for (const k of ["shell", "working-directory"]) if (sk.has(k)) problem(sk.get(k).key, `'${k}' applies to run steps only`, "invalid-workflow");
        const action = classifyUses(step.uses.value);
        if (typeof action === "string") problem(step.uses, action);
        else {
          def.action = action;
          if (action.kind === "builtin") checkBuiltinInputs(action, withToken && isMapping(withToken) ? withToken : void 0, problem);
        }
      } else {
        problem(token, "only run and uses steps are implemented by the local executor");
      }
      steps.push(def);
    });
    const timeout = keys.get("timeout-minutes")?.value;
    const permissions3 = keys.get("permissions")?.value;
    const strategy = readStrategy(keys.get("strategy"), job.id.value, problem);
    jobs.push({
      ...strategy ? { strategy } : {},
      id: job.id.value,
      needs: (job.needs ?? []).map((n) => n.value),
      if: job.if.expression,
      steps,
      ...job.name ? { name: job.name } : {},
      ...job["runs-on"] ? { runsOn: job["runs-on"] } : {},
      ...timeout ? { timeoutMinutes: timeout } : {},
      ...permissions3 ? { permissions: readPermissions(permissions3, problem) } : {},
      ...job.outputs ? { outputs: job.outputs } : {},
      ...job.env ? { env: job.env } : {}
    });
  }
  const workflow = { file, name: file, events: template.events, jobs };
  const name = top.get("name")?.value;
  if (name && isString(name)) workflow.name = name.value;
  const runName2 = top.get("run-name")?.value;
  if (runName2) workflow.runName = runName2;
  const env = top.get("env")?.value;
  if (env && isMapping(env)) workflow.env = env;
  const permissions2 = top.get("permissions")?.value;
  if (permissions2) workflow.permissions = readPermissions(permissions2, problem);
  const concurrency = top.get("concurrency")?.value;
  if (concurrency) {
    const c = readConcurrency(concurrency, problem);
    if (c) workflow.concurrency = c;
  }
  if (problems2.length > 0) throw new WorkflowError(problems2);
  return workflow;
}
function entries(mapping) {
  const out = /* @__PURE__ */ new Map();
  for (const { key, value } of mapping) if (isString(key)) out.set(key.value, { key, value });
  return out;
}
function unsupportedKeys(keys, allowed, where, problem) {
  for (const [name, { key }] of keys) {
    if (allowed.includes(name)) continue;
    const why = UNSUPPORTED_WHY[name];
    problem(key, `'${name}' in ${where} is not implemented by the local executor${why ? `: ${why}` : ""}`);
  }
}
function classifyUses(uses) {
  if (uses.startsWith("docker://")) return `'${uses}': container actions are not implemented by the local executor`;
  if (uses.startsWith("./")) return { kind: "workspace", path: uses.replace(/\/+$/, ""), uses };
  const short = uses.replace(/^https?:\/\/[^/]+\//, "");
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)((?:\/[A-Za-z0-9_.-]+)*)@([A-Za-z0-9_./-]+)$/.exec(short);
  if (!m) return `'${uses}' is not a reference to an action; expected owner/repo[/path]@ref or ./path`;
  const [, owner, repo, sub = "", ref = ""] = m;
  if (owner.toLowerCase() === "actions" && sub === "") {
    const name = BUILTINS.find((b) => b === repo.toLowerCase());
    if (name) {
      const major = /^v(\d+)(?:\.|$)/.exec(ref);
      if (!major) return `'${uses}': the local executor implements ${name} by major version; use a tag like @v4`;
      const n = Number(major[1]);
      if (n < BUILTIN_MIN_MAJOR[name]) return `'${uses}': versions of actions/${name} before v${BUILTIN_MIN_MAJOR[name]} are not implemented by the local executor`;
      return { kind: "builtin", name, major: n, uses };
    }
  }
  return { kind: "remote", repo: `${owner}/${repo}`, path: sub.replace(/^\//, ""), ref, uses };
}
function checkBuiltinInputs(action, withToken, problem) {
  if (!withToken) return;
  const allowed = BUILTIN_INPUTS[action.name];
  for (const { key } of withToken) {
    if (!isString(key)) continue;
    if (!allowed.includes(key.value)) {
      problem(key, `input '${key.value}' of actions/${action.name} is not implemented by the local executor`, "unsupported", `implemented inputs: ${allowed.join(", ")}`);
    }
  }
}
var ACCESS = ["read", "write", "none"];
function readPermissions(token, problem) {
  if (isString(token)) {
    if (token.value === "read-all") return { all: "read", scopes: {} };
    if (token.value === "write-all") return { all: "write", scopes: {} };
    problem(token, `permissions '${token.value}' is not read-all, write-all or a mapping`, "invalid-workflow");
    return { all: "none", scopes: {} };
  }
  const out = { all: "none", scopes: {} };
  if (!isMapping(token)) return out;
  for (const { key, value } of token) {
    if (!isString(key) || !isString(value) || !ACCESS.includes(value.value)) continue;
    out.scopes[key.value] = value.value;
  }
  return out;
}
function readConcurrency(token, problem) {
  if (isString(token) || isBasicExpression(token)) return { group: token, cancelInProgress: false, queue: "single" };
  if (!isMapping(token)) return void 0;
  const e = entries(token);
  const group = e.get("group")?.value;
  if (!group) {
    problem(token, "concurrency needs a group", "invalid-workflow");
    return void 0;
  }
  const cancel = e.get("cancel-in-progress")?.value;
  if (cancel && !isBoolean(cancel)) problem(cancel, "cancel-in-progress as an expression is not implemented by the local executor");
  const queue = e.get("queue")?.value;
  return {
    group,
    cancelInProgress: cancel && isBoolean(cancel) ? cancel.value : false,
    queue: queue && isString(queue) && queue.value === "max" ? "max" : "single"
  };
}

// src/executor/run.ts
import { mkdirSync as mkdirSync7 } from "node:fs";

// src/executor/job.ts
import { randomUUID as randomUUID2 } from "node:crypto";
import { mkdirSync as mkdirSync6, writeFileSync as writeFileSync5 } from "node:fs";
import path15 from "node:path";

// src/executor/commands.ts
import { existsSync as existsSync7, readFileSync as readFileSync7 } from "node:fs";
var FileCommandError = class extends Error {
  name = "FileCommandError";
};
function readKeyValueFile(file, command) {
  if (!existsSync7(file)) return {};
  const out = {};
  const lines = readFileSync7(file, "utf8").split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === "") continue;
    const eq = line.indexOf("=");
    const heredoc = line.indexOf("<<");
    if (heredoc > 0 && (eq < 0 || heredoc < eq)) {
      const name = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      if (!delimiter) throw new FileCommandError(`Unable to process file command '${command}' successfully: empty delimiter for '${name}'`);
      const end = lines.indexOf(delimiter, i + 1);
      if (end < 0) throw new FileCommandError(`Unable to process file command '${command}' successfully: matching delimiter not found '${delimiter}'`);
      out[name] = lines.slice(i + 1, end).join("\n");
      i = end;
    } else if (eq > 0) {
      out[line.slice(0, eq)] = line.slice(eq + 1);
    } else {
      throw new FileCommandError(`Unable to process file command '${command}' successfully: invalid format '${line.slice(0, 80)}'`);
    }
  }
  return out;
}
function readPathFile(file) {
  if (!existsSync7(file)) return [];
  return readFileSync7(file, "utf8").split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
}
var CommandReader = class {
  stopToken;
  /** The command on this line, if it is one and commands are on. */
  read(line) {
    if (this.stopToken !== void 0) {
      if (line.trim() === `::${this.stopToken}::`) this.stopToken = void 0;
      return void 0;
    }
    const m = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line.trimEnd());
    if (!m) return void 0;
    const [, name = "", props = "", raw = ""] = m;
    const value = unescapeData(raw);
    const properties = parseProperties(props);
    switch (name) {
      case "add-mask":
        return { kind: "mask", value };
      case "set-output":
        return properties.name ? { kind: "output", name: properties.name, value } : void 0;
      case "save-state":
        return properties.name ? { kind: "state", name: properties.name, value } : void 0;
      case "error":
      case "warning":
      case "notice":
      case "debug":
        return { kind: "annotation", level: name, message: value };
      case "group":
        return { kind: "group", title: value };
      case "endgroup":
        return { kind: "endgroup" };
      case "stop-commands":
        if (raw) this.stopToken = raw;
        return void 0;
      case "set-env":
      case "add-path":
        return { kind: "refused", command: name, why: `The \`${name}\` command is disabled. Use GITHUB_ENV / GITHUB_PATH files instead.` };
      default:
        return void 0;
    }
  }
};
function unescapeData(s) {
  return s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
}
function parseProperties(s) {
  const out = {};
  for (const part of s.split(",")) {
    const eq = part.indexOf("=");
    if (eq > 0) out[part.slice(0, eq).trim()] = unescapeData(part.slice(eq + 1)).replace(/%3A/g, ":").replace(/%2C/g, ",");
  }
  return out;
}

// src/executor/log.ts
import { appendFileSync, mkdirSync as mkdirSync3, writeFileSync as writeFileSync3 } from "node:fs";
import path10 from "node:path";
var JobLog = class {
  constructor(file, onLine) {
    this.file = file;
    this.onLine = onLine;
    mkdirSync3(path10.dirname(file), { recursive: true });
    writeFileSync3(file, "");
  }
  file;
  onLine;
  masks = /* @__PURE__ */ new Set();
  lines = [];
  /** Hide a value in everything logged from now on; each line of a multi-line value too. */
  mask(value) {
    if (!value) return;
    for (const v of [value, ...value.split(/\r?\n/)]) if (v.trim().length >= 2) this.masks.add(v);
  }
  /** The text with every masked value replaced by `***`, longest first. */
  redact(text2) {
    let out = text2;
    for (const m of [...this.masks].sort((a, b) => b.length - a.length)) out = out.split(m).join("***");
    return out;
  }
  write(text2) {
    for (const raw of text2.replace(/\r?\n$/, "").split(/\r?\n/)) {
      const line = this.redact(raw);
      this.lines.push(line);
      appendFileSync(this.file, `${line}
`);
      this.onLine?.(line);
    }
  }
  text() {
    return this.lines.join("\n");
  }
};

// src/executor/process.ts
import { spawn } from "node:child_process";
var ProcessGroups = class {
  pids = /* @__PURE__ */ new Set();
  add(pid) {
    this.pids.add(pid);
  }
  killAll() {
    for (const pid of this.pids) killGroup(pid);
    this.pids.clear();
  }
};
function killGroup(pid) {
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
  }
}
function runProcess(p, groups) {
  return new Promise((resolve) => {
    if (p.signal.aborted) return resolve({ code: null, killed: String(p.signal.reason ?? "aborted") });
    const child = spawn(p.command, p.args, { cwd: p.cwd, env: p.env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    if (child.pid !== void 0) groups.add(child.pid);
    let killed;
    const onAbort = () => {
      killed = String(p.signal.reason ?? "aborted");
      if (child.pid !== void 0) killGroup(child.pid);
    };
    p.signal.addEventListener("abort", onAbort, { once: true });
    const pending = { out: "", err: "" };
    const feed = (which) => (chunk) => {
      pending[which] += chunk.toString("utf8");
      const lines = pending[which].split("\n");
      pending[which] = lines.pop();
      for (const line of lines) p.onLine(line.replace(/\r$/, ""));
    };
    child.stdout.on("data", feed("out"));
    child.stderr.on("data", feed("err"));
    child.on("error", (err) => {
      p.onLine(`failed to start ${p.command}: ${err.message}`);
    });
    child.on("close", (code) => {
      p.signal.removeEventListener("abort", onAbort);
      for (const rest of [pending.out, pending.err]) if (rest) p.onLine(rest);
      resolve({ code, ...killed ? { killed } : {} });
    });
  });
}

// src/executor/steps/artifacts.ts
import { cpSync, existsSync as existsSync8, mkdirSync as mkdirSync4, readdirSync as readdirSync4, rmSync as rmSync3, statSync as statSync2 } from "node:fs";
import path11 from "node:path";
var NAME = /^[^"<>|*?\r\n\\/:]+$/;
function expandHome(p, home) {
  return p.startsWith("~/") ? path11.join(home, p.slice(2)) : p;
}
function isHidden(relative) {
  return relative.split(path11.sep).some((part) => part.startsWith("."));
}
function filesOf(root, includeHidden) {
  if (!existsSync8(root)) return [];
  if (statSync2(root).isFile()) return [{ from: root, rel: path11.basename(root) }];
  const out = [];
  const walk = (dir) => {
    for (const entry of readdirSync4(dir, { withFileTypes: true })) {
      const full = path11.join(dir, entry.name);
      const rel = path11.relative(root, full);
      if (!includeHidden && isHidden(rel)) continue;
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) out.push({ from: full, rel });
    }
  };
  walk(root);
  return out;
}
async function uploadArtifact(run, major) {
  const { inputs, runtime } = run;
  const name = inputs.name || "artifact";
  if (!NAME.test(name)) return { ok: false, outputs: {}, message: `The artifact name is not valid: ${name}. Contains the character ", :, <, >, |, *, ?, \\, / or a line break` };
  const paths = (inputs.path ?? "").split("\n").map((p) => p.trim()).filter(Boolean);
  if (paths.length === 0) return { ok: false, outputs: {}, message: "Input required and not supplied: path" };
  if (paths.some((p) => /[*?[\]!]/.test(p))) return { ok: false, outputs: {}, message: "glob patterns in upload-artifact's path are not implemented by the local executor; name files or directories" };
  const ifNone = inputs["if-no-files-found"] || "warn";
  if (!["warn", "error", "ignore"].includes(ifNone)) return { ok: false, outputs: {}, message: `Unrecognized if-no-files-found input. Provided: ${ifNone}. Available options: warn, error, ignore` };
  const includeHidden = major >= 4 ? inputs["include-hidden-files"] === "true" : true;
  const files = paths.flatMap((p) => filesOf(path11.resolve(runtime.dirs.workspace, expandHome(p, runtime.dirs.home)), includeHidden));
  if (files.length === 0) {
    const message = `No files were found with the provided path: ${paths.join(", ")}. No artifacts will be uploaded.`;
    if (ifNone === "error") return { ok: false, outputs: {}, message };
    if (ifNone === "warn") run.line(`##[warning]${message}`);
    return { ok: true, outputs: {} };
  }
  const dest = path11.join(runtime.artifacts, name);
  if (existsSync8(dest) && major >= 4) {
    if (inputs.overwrite !== "true") {
      return { ok: false, outputs: {}, message: `Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run` };
    }
    rmSync3(dest, { recursive: true, force: true });
  }
  for (const f of files) {
    mkdirSync4(path11.dirname(path11.join(dest, f.rel)), { recursive: true });
    cpSync(f.from, path11.join(dest, f.rel));
  }
  run.line(`Artifact ${name} has been successfully uploaded (${files.length} file${files.length === 1 ? "" : "s"})`);
  return { ok: true, outputs: { "artifact-id": String(artifactId(runtime.artifacts, name)), "artifact-url": "" } };
}
function artifactId(root, name) {
  return readdirSync4(root).sort().indexOf(name) + 1;
}
function patternMatcher(pattern) {
  const re = RE2JS.compile(`^${pattern.replace(/[.+^${}()|\\[\]]/g, "\\$&").replace(/\*/g, "[^/]*").replace(/\?/g, "[^/]")}$`);
  return (name) => re.test(name);
}
async function downloadArtifact(run, major) {
  const { inputs, runtime } = run;
  const target = path11.resolve(runtime.dirs.workspace, expandHome(inputs.path || ".", runtime.dirs.home));
  const available = existsSync8(runtime.artifacts) ? readdirSync4(runtime.artifacts).sort() : [];
  const copy = (name, to) => {
    mkdirSync4(to, { recursive: true });
    cpSync(path11.join(runtime.artifacts, name), to, { recursive: true });
  };
  if (inputs.name) {
    if (!available.includes(inputs.name)) {
      return { ok: false, outputs: {}, message: `Unable to download artifact(s): Artifact not found for name: ${inputs.name}` };
    }
    copy(inputs.name, target);
    run.line(`Artifact ${inputs.name} was downloaded to ${target}`);
    return { ok: true, outputs: { "download-path": target } };
  }
  if (major < 4 && inputs.pattern) return { ok: false, outputs: {}, message: "download-artifact v3 has no pattern input; use v4" };
  const match = inputs.pattern ? patternMatcher(inputs.pattern) : () => true;
  const chosen = available.filter(match);
  const merge = major >= 4 && inputs["merge-multiple"] === "true";
  for (const name of chosen) copy(name, merge ? target : path11.join(target, name));
  mkdirSync4(target, { recursive: true });
  run.line(`Found ${chosen.length} artifact(s); downloaded to ${target}`);
  return { ok: true, outputs: { "download-path": target } };
}

// src/executor/steps/checkout.ts
import { mkdirSync as mkdirSync5 } from "node:fs";
import path12 from "node:path";

// src/executor/git.ts
import { spawn as spawn2 } from "node:child_process";
var ExecutorGitError = class extends Error {
  name = "ExecutorGitError";
};
function basicHeader(token) {
  return `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString("base64")}`;
}
function git(args, o) {
  return new Promise((resolve, reject) => {
    const env = {
      PATH: process.env.PATH ?? "/usr/bin:/bin",
      HOME: o.home,
      GIT_TERMINAL_PROMPT: "0",
      GIT_CONFIG_NOSYSTEM: "1",
      GIT_CONFIG_GLOBAL: "/dev/null",
      ...o.token ? { GIT_CONFIG_COUNT: "1", GIT_CONFIG_KEY_0: "http.extraheader", GIT_CONFIG_VALUE_0: basicHeader(o.token) } : {}
    };
    const child = spawn2("git", args, { cwd: o.cwd, env, stdio: ["ignore", "pipe", "pipe"], ...o.signal ? { signal: o.signal } : {} });
    const out = [];
    const err = [];
    child.stdout.on("data", (b) => out.push(b));
    child.stderr.on("data", (b) => err.push(b));
    const command = args.find((a, i) => !a.startsWith("-") && args[i - 1] !== "-c") ?? args[0];
    child.on("error", (e) => reject(new ExecutorGitError(`git ${command}: ${e.message}`)));
    child.on("close", (code) => {
      if (code === 0) return resolve(Buffer.concat(out).toString("utf8"));
      const message = Buffer.concat(err).toString("utf8").trim().split("\n").slice(-3).join(" / ");
      reject(new ExecutorGitError(`git ${command} failed (exit ${code}): ${message}`));
    });
  });
}

// src/executor/steps/checkout.ts
var SHA2 = /^[0-9a-f]{40}$/i;
function plan(ref, commit) {
  const upper = ref.toUpperCase();
  if (!ref && commit) return { refspecs: [`+${commit}:refs/remotes/origin/HEAD`], checkout: [commit] };
  if (SHA2.test(ref)) return { refspecs: [`+${ref}:refs/remotes/origin/HEAD`], checkout: [ref] };
  if (upper.startsWith("REFS/HEADS/")) {
    const branch = ref.slice("refs/heads/".length);
    const src = commit ?? ref;
    return { refspecs: [`+${src}:refs/remotes/origin/${branch}`], checkout: ["-B", branch, `refs/remotes/origin/${branch}`] };
  }
  if (upper.startsWith("REFS/PULL/")) {
    const name = ref.slice("refs/pull/".length);
    return { refspecs: [`+${commit ?? ref}:refs/remotes/pull/${name}`], checkout: [`refs/remotes/pull/${name}`] };
  }
  if (upper.startsWith("REFS/TAGS/")) return { refspecs: [`+${commit ?? ref}:${ref}`], checkout: [ref] };
  if (upper.startsWith("REFS/")) return { refspecs: [`+${commit ?? ref}:${ref}`], checkout: [commit ?? ref] };
  return { refspecs: [], checkout: [] };
}
async function checkout(run) {
  const { runtime, inputs } = run;
  const { host, request, dirs } = runtime;
  const repository = inputs.repository || host.repository;
  if (repository.toLowerCase() !== host.repository.toLowerCase()) {
    return { ok: false, outputs: {}, message: `actions/checkout of another repository ('${repository}') is not implemented by the local executor` };
  }
  const target = path12.resolve(dirs.workspace, inputs.path || ".");
  if (path12.relative(dirs.workspace, target).startsWith("..")) return { ok: false, outputs: {}, message: `Repository path '${inputs.path}' is not under '${dirs.workspace}'` };
  const token = inputs.token || runtime.token;
  const depthText = inputs["fetch-depth"] || "1";
  const depth = Number(depthText);
  if (!Number.isInteger(depth) || depth < 0) return { ok: false, outputs: {}, message: `Invalid fetch-depth '${depthText}'. Expected a whole number (0 for all history).` };
  const persist = (inputs["persist-credentials"] || "true").toLowerCase();
  if (persist !== "true" && persist !== "false") return { ok: false, outputs: {}, message: `Invalid persist-credentials '${persist}'. Expected true or false.` };
  const cone = (inputs["sparse-checkout-cone-mode"] || "true").toLowerCase() !== "false";
  const sparse = (inputs["sparse-checkout"] ?? "").split("\n").map((s) => s.trim()).filter(Boolean);
  const ref = inputs.ref || request.ref;
  const commit = inputs.ref ? void 0 : request.sha;
  let p = plan(ref, commit);
  const g = (args, auth = false) => git(args, { cwd: target, home: dirs.home, ...auth ? { token } : {}, signal: run.signal });
  try {
    mkdirSync5(target, { recursive: true });
    run.line(`Syncing repository: ${host.repository}`);
    await g(["init", "-q"]);
    await g(["remote", "add", "origin", host.gitUrl]);
    if (p.checkout.length === 0) {
      const remote = await g(["ls-remote", "origin", `refs/heads/${ref}`, `refs/tags/${ref}`], true);
      if (remote.includes(`	refs/heads/${ref}
`)) p = { refspecs: [`+refs/heads/${ref}:refs/remotes/origin/${ref}`], checkout: ["-B", ref, `refs/remotes/origin/${ref}`] };
      else if (remote.includes(`	refs/tags/${ref}
`)) p = { refspecs: [`+refs/tags/${ref}:refs/tags/${ref}`], checkout: [`refs/tags/${ref}`] };
      else return { ok: false, outputs: {}, message: `A branch or tag with the name '${ref}' could not be found` };
    }
    const depthArgs = depth > 0 ? [`--depth=${depth}`] : [];
    await g(["-c", "protocol.version=2", "fetch", "--no-tags", "--prune", "--no-recurse-submodules", ...depthArgs, "origin", ...p.refspecs], true);
    if (sparse.length > 0) await g(["sparse-checkout", "set", ...cone ? [] : ["--no-cone"], ...sparse]);
    await g(["checkout", "-q", "--force", ...p.checkout]);
    if (persist === "true") await g(["config", "--local", `http.${host.serverUrl}/.extraheader`, basicHeader(token)]);
    const sha = (await g(["rev-parse", "HEAD"])).trim();
    run.line(`Checked out ${ref || sha} at ${sha}`);
    return { ok: true, outputs: { ref, commit: sha } };
  } catch (err) {
    if (err instanceof ExecutorGitError) return { ok: false, outputs: {}, message: `actions/checkout: ${err.message}` };
    throw err;
  }
}

// src/executor/steps/node-action.ts
import { existsSync as existsSync9, readFileSync as readFileSync8 } from "node:fs";
import path13 from "node:path";

// node_modules/@actions/workflow-parser/dist/actions/action-constants.js
var ACTION_ROOT = "action-root-strict";

// node_modules/@actions/workflow-parser/dist/action-v1.0.min.json
var action_v1_0_min_default = { definitions: { "action-root": { description: "Action file", mapping: { properties: { name: "string", description: "string", inputs: "inputs", outputs: "outputs", runs: "runs" }, "loose-key-type": "non-empty-string", "loose-value-type": "any" } }, "action-root-strict": { description: "GitHub Action manifest file (action.yml/action.yaml) that defines an action's metadata, inputs, outputs, and execution configuration.\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions)", mapping: { properties: { name: { type: "non-empty-string", required: true, description: "The name of your action. GitHub displays the name in the Actions tab to help visually identify actions in each job.\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#name)" }, description: { type: "string", required: true, description: "A short description of the action. GitHub displays this description in the Actions Marketplace.\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#description)" }, author: { type: "string", description: "The name of the action's author.\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#author)" }, inputs: "inputs-strict", outputs: "outputs", runs: { type: "runs-strict", required: true }, branding: "branding" } } }, inputs: { mapping: { "loose-key-type": "non-empty-string", "loose-value-type": "input" } }, "inputs-strict": { description: "Input parameters allow you to specify data that the action expects to use during runtime. GitHub stores input parameters as environment variables. Inputs ids with uppercase letters are converted to lowercase during runtime.\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#inputs)", mapping: { "loose-key-type": "non-empty-string", "loose-value-type": "input-strict" } }, input: { mapping: { properties: { default: "input-default-context" }, "loose-key-type": "non-empty-string", "loose-value-type": "any" } }, "input-strict": { description: "An input parameter for this action.", mapping: { properties: { description: { type: "string", description: "A string description of the input parameter.\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#inputsinput_iddescription)" }, required: { type: "boolean", description: "A boolean to indicate whether the action requires the input parameter. Set to true when the parameter is required.\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#inputsinput_idrequired)" }, default: { type: "input-default-context", description: "A string representing the default value. The default value is used when an input parameter isn't specified in a workflow file.\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#inputsinput_iddefault)" }, deprecationMessage: { type: "string", description: "A string shown to users using the deprecated input, warning them that the input is deprecated and mentioning any alternatives.\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#inputsinput_iddeprecationmessage)" } }, "loose-key-type": "non-empty-string", "loose-value-type": "any" } }, "input-default-context": { description: "A string representing the default value. The default value is used when an input parameter isn't specified in a workflow file.\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#inputsinput_iddefault)", context: ["github", "strategy", "matrix", "job", "runner", "hashFiles(1,255)"], string: {} }, outputs: { description: "Output parameters allow you to declare data that an action sets. Actions that run later in a workflow can use the output data set in previously run actions.\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#outputs-for-composite-actions)", mapping: { "loose-key-type": "non-empty-string", "loose-value-type": "output-definition" } }, "output-definition": { description: "An output parameter for this action.", mapping: { properties: { description: { type: "string", description: "A string description of the output parameter.\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#outputsoutput_iddescription)" }, value: { type: "output-value", description: "The value that the output parameter will be mapped to. You can set this to a string or an expression with context.\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#outputsoutput_idvalue)" } } } }, "output-value": { description: "The value that the output parameter will be mapped to. You can set this to a string or an expression with context.\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#outputsoutput_idvalue)", context: ["github", "strategy", "matrix", "steps", "inputs", "job", "runner", "env"], string: {} }, "runs-if": { description: "Condition to control when this action's pre or post script runs.", context: ["runner", "github", "job", "strategy", "matrix", "env", "inputs", "always(0,0)", "success(0,0)", "failure(0,0)", "cancelled(0,0)", "hashFiles(1,255)"], string: {} }, runs: { "one-of": ["container-runs", "node-runs", "composite-runs", "plugin-runs"] }, "runs-strict": { description: "Specifies whether this is a JavaScript action, a composite action, or a Docker container action and how the action is executed.\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runs)", "one-of": ["container-runs-strict", "node-runs-strict", "composite-runs-strict"] }, "plugin-runs": { mapping: { properties: { plugin: "non-empty-string" } } }, "container-runs": { mapping: { properties: { using: "non-empty-string", image: "non-empty-string", entrypoint: "non-empty-string", args: "container-runs-args", env: "container-runs-env", "pre-entrypoint": "non-empty-string", "pre-if": "non-empty-string", "post-entrypoint": "non-empty-string", "post-if": "non-empty-string" } } }, "container-runs-args": { description: "An array of strings that define the inputs for a Docker container. Inputs can include hardcoded strings. GitHub passes the args to the container's ENTRYPOINT when the container starts up.\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runsargs)", sequence: { "item-type": "container-runs-context" } }, "container-runs-env": { description: "Specifies a key/value map of environment variables to set in the container environment.\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runsenv)", context: ["inputs"], mapping: { "loose-key-type": "non-empty-string", "loose-value-type": "string" } }, "container-runs-context": { context: ["inputs"], string: {} }, "node-runs": { mapping: { properties: { using: "non-empty-string", main: "non-empty-string", pre: "non-empty-string", "pre-if": "non-empty-string", post: "non-empty-string", "post-if": "non-empty-string" } } }, "composite-runs": { mapping: { properties: { using: "non-empty-string", steps: "composite-steps" } } }, "container-runs-strict": { description: "Configuration for Docker container actions.\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runs)", mapping: { properties: { using: { type: "using", required: true, description: "The runtime used to execute the action. Must be docker for Docker container actions.\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runsusing)" }, image: { type: "non-empty-string", required: true, description: "The Docker image to use as the container to run the action. The value can be the Docker base image name, a local Dockerfile in your repository, or a public image in Docker Hub or another registry.\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runsimage)" }, entrypoint: { type: "non-empty-string", description: "Overrides the Docker ENTRYPOINT in the Dockerfile, or sets it if one wasn't already specified.\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runsentrypoint)" }, args: "container-runs-args", env: "container-runs-env", "pre-entrypoint": { type: "non-empty-string", description: "Allows you to run a script before the entrypoint action begins.\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runspre-entrypoint)" }, "pre-if": { type: "runs-if", description: "Allows you to define conditions for the pre: action execution. The pre: action will only run if the conditions in pre-if are met. If not set, then pre-if defaults to always().\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runspre-if)" }, "post-entrypoint": { type: "non-empty-string", description: "Allows you to run a cleanup script once the runs.entrypoint action has completed.\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runspost-entrypoint)" }, "post-if": { type: "runs-if", description: "Allows you to define conditions for the post: action execution. The post: action will only run if the conditions in post-if are met. If not set, then post-if defaults to always().\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runspost-if)" } } } }, "node-runs-strict": { description: "Configuration for JavaScript actions executed with Node.js.\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runs)", mapping: { properties: { using: { type: "using", required: true, description: "The runtime used to execute the action. Use node20 or node24 for JavaScript actions.\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runsusing)" }, main: { type: "non-empty-string", required: true, description: "The file that contains your action code. The runtime specified in using executes this file.\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runsmain)" }, pre: { type: "non-empty-string", description: "Allows you to run a script at the start of a job, before the main: action begins. You can use pre: to run prerequisite setup scripts.\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runspre)" }, "pre-if": { type: "runs-if", description: "Allows you to define conditions for the pre: action execution. The pre: action will only run if the conditions in pre-if are met. If not set, then pre-if defaults to always().\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runspre-if)" }, post: { type: "non-empty-string", description: "Allows you to run a script at the end of a job, once the main: action has completed. You can use post: to run cleanup scripts.\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runspost)" }, "post-if": { type: "runs-if", description: "Allows you to define conditions for the post: action execution. The post: action will only run if the conditions in post-if are met. If not set, then post-if defaults to always().\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runspost-if)" } } } }, "composite-runs-strict": { description: "Configuration for composite actions that run multiple steps.\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runs)", mapping: { properties: { using: { type: "using", required: true, description: "The runtime used to execute the action. Must be composite for composite actions.\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runsusing)" }, steps: { type: "composite-steps", required: true } } } }, "composite-steps": { description: "The steps that you plan to run in this action. These can be either run steps or uses steps.\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runssteps)", sequence: { "item-type": "composite-step" } }, "composite-step": { description: "A step within a composite action.", "one-of": ["run-step", "uses-step"] }, "run-step": { description: "Runs a command-line program using the operating system's shell.\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runsstepsrun)", mapping: { properties: { name: { type: "string-steps-context", description: "A name for your step to display on GitHub.\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runsstepsname)" }, id: { type: "non-empty-string", description: "A unique identifier for the step. You can use the id to reference the step in contexts.\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runsstepsid)" }, if: { type: "step-if", description: "You can use the if conditional to prevent a step from running unless a condition is met. You can use any supported context and expression to create a conditional.\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runsstepsif)" }, run: { type: "string-steps-context", required: true, description: "The command you want to run. This can be inline or a script in your action repository.\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runsstepsrun)" }, shell: { type: "string-steps-context", required: true, description: "The shell where you want to run the command. Any shell supported by the runner can be used. Required if run is set.\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runsstepsshell)" }, env: "step-env", "continue-on-error": { type: "boolean-steps-context", description: "Prevents the action from failing when a step fails. Set to true to allow the action to pass when this step fails.\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runsstepscontinue-on-error)" }, "working-directory": { type: "string-steps-context", description: "Specifies the working directory where the command is run.\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runsstepsworking-directory)" } } } }, "uses-step": { description: "Runs another action as part of a step in your action.\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runsstepsuses)", mapping: { properties: { name: { type: "string-steps-context", description: "A name for your step to display on GitHub.\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runsstepsname)" }, id: { type: "non-empty-string", description: "A unique identifier for the step. You can use the id to reference the step in contexts.\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runsstepsid)" }, if: { type: "step-if", description: "You can use the if conditional to prevent a step from running unless a condition is met. You can use any supported context and expression to create a conditional.\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runsstepsif)" }, uses: { type: "non-empty-string", required: true, description: "Selects an action to run as part of a step in your action. An action is a reusable unit of code.\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runsstepsuses)" }, with: "step-with", env: "step-env", "continue-on-error": { type: "boolean-steps-context", description: "Prevents the action from failing when a step fails. Set to true to allow the action to pass when this step fails.\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runsstepscontinue-on-error)" } } } }, "string-steps-context": { context: ["github", "inputs", "strategy", "matrix", "steps", "job", "runner", "env", "hashFiles(1,255)"], string: {} }, "boolean-steps-context": { context: ["github", "inputs", "strategy", "matrix", "steps", "job", "runner", "env", "hashFiles(1,255)"], boolean: {} }, "step-env": { description: "Sets variables for steps to use in the runner environment. You can also set variables for the entire action.\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runsstepsenv)", context: ["github", "inputs", "strategy", "matrix", "steps", "job", "runner", "env", "hashFiles(1,255)"], mapping: { "loose-key-type": "non-empty-string", "loose-value-type": "string" } }, "step-if": { description: "You can use the if conditional to prevent a step from running unless a condition is met. You can use any supported context and expression to create a conditional.\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runsstepsif)", context: ["github", "inputs", "strategy", "matrix", "steps", "job", "runner", "env", "always(0,0)", "failure(0,0)", "cancelled(0,0)", "success(0,0)", "hashFiles(1,255)"], string: {} }, "step-with": { description: "A map of the input parameters defined by the action. Each input parameter is a key/value pair.\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runsstepswith)", context: ["github", "inputs", "strategy", "matrix", "steps", "job", "runner", "env", "hashFiles(1,255)"], mapping: { "loose-key-type": "non-empty-string", "loose-value-type": "string" } }, branding: { description: "You can use a color and Feather icon to create a badge to personalize and distinguish your action in GitHub Marketplace.\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#branding)", mapping: { properties: { icon: { type: "branding-icon", description: "The name of the v4.28.0 Feather icon to use.\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#brandingicon)" }, color: { type: "branding-color", description: "The background color of the badge.\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#brandingcolor)" } } } }, "branding-icon": { description: "The name of the v4.28.0 Feather icon to use. Brand icons are omitted as well as: coffee, columns, divide-circle, divide-square, divide, frown, hexagon, key, meh, mouse-pointer, smile, tool, x-octagon.\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#brandingicon)", "allowed-values": ["activity", "airplay", "alert-circle", "alert-octagon", "alert-triangle", "align-center", "align-justify", "align-left", "align-right", "anchor", "aperture", "archive", "arrow-down-circle", "arrow-down-left", "arrow-down-right", "arrow-down", "arrow-left-circle", "arrow-left", "arrow-right-circle", "arrow-right", "arrow-up-circle", "arrow-up-left", "arrow-up-right", "arrow-up", "at-sign", "award", "bar-chart-2", "bar-chart", "battery-charging", "battery", "bell-off", "bell", "bluetooth", "bold", "book-open", "book", "bookmark", "box", "briefcase", "calendar", "camera-off", "camera", "cast", "check-circle", "check-square", "check", "chevron-down", "chevron-left", "chevron-right", "chevron-up", "chevrons-down", "chevrons-left", "chevrons-right", "chevrons-up", "circle", "clipboard", "clock", "cloud-drizzle", "cloud-lightning", "cloud-off", "cloud-rain", "cloud-snow", "cloud", "code", "command", "compass", "copy", "corner-down-left", "corner-down-right", "corner-left-down", "corner-left-up", "corner-right-down", "corner-right-up", "corner-up-left", "corner-up-right", "cpu", "credit-card", "crop", "crosshair", "database", "delete", "disc", "dollar-sign", "download-cloud", "download", "droplet", "edit-2", "edit-3", "edit", "external-link", "eye-off", "eye", "fast-forward", "feather", "file-minus", "file-plus", "file-text", "file", "film", "filter", "flag", "folder-minus", "folder-plus", "folder", "gift", "git-branch", "git-commit", "git-merge", "git-pull-request", "globe", "grid", "hard-drive", "hash", "headphones", "heart", "help-circle", "home", "image", "inbox", "info", "italic", "layers", "layout", "life-buoy", "link-2", "link", "list", "loader", "lock", "log-in", "log-out", "mail", "map-pin", "map", "maximize-2", "maximize", "menu", "message-circle", "message-square", "mic-off", "mic", "minimize-2", "minimize", "minus-circle", "minus-square", "minus", "monitor", "moon", "more-horizontal", "more-vertical", "move", "music", "navigation-2", "navigation", "octagon", "package", "paperclip", "pause-circle", "pause", "percent", "phone-call", "phone-forwarded", "phone-incoming", "phone-missed", "phone-off", "phone-outgoing", "phone", "pie-chart", "play-circle", "play", "plus-circle", "plus-square", "plus", "pocket", "power", "printer", "radio", "refresh-ccw", "refresh-cw", "repeat", "rewind", "rotate-ccw", "rotate-cw", "rss", "save", "scissors", "search", "send", "server", "settings", "share-2", "share", "shield-off", "shield", "shopping-bag", "shopping-cart", "shuffle", "sidebar", "skip-back", "skip-forward", "slash", "sliders", "smartphone", "speaker", "square", "star", "stop-circle", "sun", "sunrise", "sunset", "tablet", "tag", "target", "terminal", "thermometer", "thumbs-down", "thumbs-up", "toggle-left", "toggle-right", "trash-2", "trash", "trending-down", "trending-up", "triangle", "truck", "tv", "type", "umbrella", "underline", "unlock", "upload-cloud", "upload", "user-check", "user-minus", "user-plus", "user-x", "user", "users", "video-off", "video", "voicemail", "volume-1", "volume-2", "volume-x", "volume", "watch", "wifi-off", "wifi", "wind", "x-circle", "x-square", "x", "zap-off", "zap", "zoom-in", "zoom-out"] }, "branding-color": { description: "The background color of the badge.\n\n[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#brandingcolor)", "allowed-values": ["white", "yellow", "blue", "green", "orange", "red", "purple", "gray-dark"] }, using: { description: "The runtime used to execute the action.", "allowed-values": ["docker", "node12", "node16", "node20", "node24", "composite"] }, "non-empty-string": { string: { "require-non-empty": true } } } };

// node_modules/@actions/workflow-parser/dist/actions/action-schema.js
var schema2;
function getActionSchema() {
  if (schema2 === void 0) {
    const json = JSON.stringify(action_v1_0_min_default);
    schema2 = TemplateSchema.load(new JSONObjectReader(void 0, json));
  }
  return schema2;
}

// node_modules/@actions/workflow-parser/dist/actions/action-parser.js
function parseAction(entryFile, contextOrTrace) {
  const context = contextOrTrace instanceof TemplateContext ? contextOrTrace : new TemplateContext(new TemplateValidationErrors(), getActionSchema(), contextOrTrace);
  const fileId = context.getFileId(entryFile.name);
  const reader = new YamlObjectReader(fileId, entryFile.content);
  if (reader.errors.length > 0) {
    for (const err of reader.errors) {
      context.error(fileId, err.message, err.range);
    }
    return {
      context,
      value: void 0
    };
  }
  const result = readTemplate(context, ACTION_ROOT, reader, fileId);
  return {
    context,
    value: result
  };
}

// node_modules/@actions/workflow-parser/dist/actions/action-template.js
function convertActionTemplate(context, root, options) {
  const result = {};
  const errorPolicy = options?.errorPolicy ?? ErrorPolicy.ReturnErrorsOnly;
  if (context.errors.getErrors().length > 0 && errorPolicy === ErrorPolicy.ReturnErrorsOnly) {
    return result;
  }
  if (!isMapping(root)) {
    context.error(root, new Error("Action must be a mapping"));
    return result;
  }
  for (const item of root) {
    const key = item.key.assertString("action key");
    switch (key.value) {
      case "name":
        if (isString(item.value)) {
          result.name = item.value.value;
        }
        break;
      case "description":
        if (isString(item.value)) {
          result.description = item.value.value;
        }
        break;
      case "author":
        if (isString(item.value)) {
          result.author = item.value.value;
        }
        break;
      case "inputs":
        result.inputs = convertInputs(context, item.value);
        break;
      case "outputs":
        result.outputs = convertOutputs(context, item.value);
        break;
      case "runs":
        result.runs = convertRuns(context, item.value);
        break;
      case "branding":
        result.branding = convertBranding(context, item.value);
        break;
    }
  }
  return result;
}
function convertInputs(context, token) {
  const inputs = [];
  if (!isMapping(token)) {
    return inputs;
  }
  for (const item of token) {
    const id = item.key.assertString("input id").value;
    const input = { id };
    if (isMapping(item.value)) {
      for (const prop of item.value) {
        const propKey = prop.key.assertString("input property").value;
        switch (propKey) {
          case "description":
            if (isString(prop.value)) {
              input.description = prop.value.value;
            }
            break;
          case "required":
            if (isBoolean(prop.value)) {
              input.required = prop.value.value;
            } else if (isString(prop.value)) {
              input.required = prop.value.value === "true";
            }
            break;
          case "default":
            if (isScalar2(prop.value)) {
              input.default = prop.value;
            }
            break;
          case "deprecationMessage":
            if (isString(prop.value)) {
              input.deprecationMessage = prop.value.value;
            }
            break;
        }
      }
    }
    inputs.push(input);
  }
  return inputs;
}
function convertOutputs(context, token) {
  const outputs = [];
  if (!isMapping(token)) {
    return outputs;
  }
  for (const item of token) {
    const id = item.key.assertString("output id").value;
    const output = { id };
    if (isMapping(item.value)) {
      for (const prop of item.value) {
        const propKey = prop.key.assertString("output property").value;
        switch (propKey) {
          case "description":
            if (isString(prop.value)) {
              output.description = prop.value.value;
            }
            break;
          case "value":
            if (isScalar2(prop.value)) {
              output.value = prop.value;
            }
            break;
        }
      }
    }
    outputs.push(output);
  }
  return outputs;
}
function convertRuns(context, token) {
  if (!isMapping(token)) {
    return { using: "composite", steps: [] };
  }
  let using;
  let main2;
  let image;
  let pre;
  let preIf;
  let post;
  let postIf;
  let preEntrypoint;
  let entrypoint;
  let postEntrypoint;
  let args;
  let env;
  let steps = [];
  for (const item of token) {
    const key = item.key.assertString("runs property").value;
    switch (key) {
      case "using":
        if (isString(item.value)) {
          using = item.value.value;
        }
        break;
      case "main":
        if (isString(item.value)) {
          main2 = item.value.value;
        }
        break;
      case "image":
        if (isString(item.value)) {
          image = item.value.value;
        }
        break;
      case "pre":
        if (isString(item.value)) {
          pre = item.value.value;
        }
        break;
      case "pre-if":
        if (isString(item.value)) {
          preIf = validateRunsIfCondition(context, item.value, item.value.value);
        }
        break;
      case "post":
        if (isString(item.value)) {
          post = item.value.value;
        }
        break;
      case "post-if":
        if (isString(item.value)) {
          postIf = validateRunsIfCondition(context, item.value, item.value.value);
        }
        break;
      case "pre-entrypoint":
        if (isString(item.value)) {
          preEntrypoint = item.value.value;
        }
        break;
      case "entrypoint":
        if (isString(item.value)) {
          entrypoint = item.value.value;
        }
        break;
      case "post-entrypoint":
        if (isString(item.value)) {
          postEntrypoint = item.value.value;
        }
        break;
      case "args":
        if (isSequence(item.value)) {
          args = [];
          for (const arg of item.value) {
            if (isScalar2(arg)) {
              args.push(arg.toString());
            }
          }
        }
        break;
      case "env":
        if (isMapping(item.value)) {
          env = {};
          for (const envItem of item.value) {
            const envKey = envItem.key.assertString("env key").value;
            if (isString(envItem.value)) {
              env[envKey] = envItem.value.value;
            }
          }
        }
        break;
      case "steps":
        steps = convertSteps2(context, item.value);
        break;
    }
  }
  if (using === "composite") {
    return { using: "composite", steps };
  } else if (using === "docker" && image) {
    return {
      using: "docker",
      image,
      preEntrypoint,
      preIf,
      entrypoint,
      postEntrypoint,
      postIf,
      args,
      env
    };
  } else if ((using === "node12" || using === "node16" || using === "node20" || using === "node24") && main2) {
    return {
      using,
      main: main2,
      pre,
      preIf,
      post,
      postIf
    };
  }
  return { using: "composite", steps: [] };
}
function convertSteps2(context, token) {
  const steps = [];
  if (!isSequence(token)) {
    return steps;
  }
  for (const stepToken of token) {
    if (!isMapping(stepToken)) {
      continue;
    }
    const step = convertStep2(context, stepToken);
    if (step) {
      steps.push(step);
    }
  }
  return steps;
}
function convertStep2(context, token) {
  let id;
  let name;
  let ifCondition;
  let continueOnError;
  let env;
  let run;
  let uses;
  for (const item of token) {
    const key = item.key.assertString("step property").value;
    switch (key) {
      case "id":
        if (isString(item.value)) {
          id = item.value.value;
        }
        break;
      case "name":
        if (isScalar2(item.value)) {
          name = item.value;
        }
        break;
      case "if":
        ifCondition = convertToIfCondition(context, item.value);
        break;
      case "continue-on-error":
        if (isBoolean(item.value)) {
          continueOnError = item.value.value;
        } else if (isScalar2(item.value)) {
          continueOnError = item.value;
        }
        break;
      case "env":
        if (isMapping(item.value)) {
          env = item.value;
        }
        break;
      case "run":
        if (isScalar2(item.value)) {
          run = item.value;
        }
        break;
      case "uses":
        if (isString(item.value)) {
          uses = item.value;
        }
        break;
    }
  }
  const defaultIf = new BasicExpressionToken(void 0, void 0, "success()", void 0, void 0, void 0);
  if (run) {
    return {
      id: id || "",
      name,
      if: ifCondition || defaultIf,
      "continue-on-error": continueOnError,
      env,
      run
    };
  } else if (uses) {
    return {
      id: id || "",
      name,
      if: ifCondition || defaultIf,
      "continue-on-error": continueOnError,
      env,
      uses
    };
  }
  return void 0;
}
function convertBranding(context, token) {
  const branding = {};
  if (!isMapping(token)) {
    return branding;
  }
  for (const item of token) {
    const key = item.key.assertString("branding property").value;
    switch (key) {
      case "icon":
        if (isString(item.value)) {
          branding.icon = item.value.value;
        }
        break;
      case "color":
        if (isString(item.value)) {
          branding.color = item.value.value;
        }
        break;
    }
  }
  return branding;
}

// src/executor/steps/node-action.ts
async function nodeAction(run, action) {
  const { runtime } = run;
  const dir = action.kind === "workspace" ? path13.resolve(runtime.dirs.workspace, action.path) : runtime.host.resolveAction(action.repo, action.path, action.ref);
  if (!dir) return { ok: false, outputs: {}, message: `Unable to resolve action '${action.uses}': the local executor runs only actions it has on this machine` };
  const file = ["action.yml", "action.yaml"].map((f) => path13.join(dir, f)).find((f) => existsSync9(f));
  if (!file) return { ok: false, outputs: {}, message: `Can't find 'action.yml' or 'action.yaml' for action '${action.uses}'` };
  const parsed2 = parseAction({ name: file, content: readFileSync8(file, "utf8") }, new NoOperationTraceWriter());
  const errors = parsed2.context.errors.getErrors();
  const template = errors.length === 0 && parsed2.value ? convertActionTemplate(parsed2.context, parsed2.value) : void 0;
  if (!template) return { ok: false, outputs: {}, message: `invalid action.yml for '${action.uses}': ${errors.map((e) => e.message).join("; ")}` };
  const runs = template.runs;
  if (runs.using === "composite" || runs.using === "docker") {
    return { ok: false, outputs: {}, message: `'${action.uses}' is a ${runs.using} action; the local executor runs JavaScript actions only` };
  }
  if (runs.pre || runs.post) return { ok: false, outputs: {}, message: `'${action.uses}' has pre or post steps, which the local executor does not run` };
  const declared = template.inputs ?? [];
  const unexpected = Object.keys(run.inputs).filter((k) => !declared.some((d) => d.id.toLowerCase() === k.toLowerCase()));
  if (unexpected.length) run.line(`##[warning]Unexpected input(s) '${unexpected.join("', '")}', valid inputs are ['${declared.map((d) => d.id).join("', '")}']`);
  const inputEnv = {};
  for (const d of declared) {
    const given = Object.entries(run.inputs).find(([k]) => k.toLowerCase() === d.id.toLowerCase())?.[1];
    const value = given ?? (d.default ? stringOf(d.default, run.scope) : "");
    inputEnv[`INPUT_${d.id.replace(/ /g, "_").toUpperCase()}`] = value;
  }
  for (const [k, v] of Object.entries(run.inputs)) inputEnv[`INPUT_${k.replace(/ /g, "_").toUpperCase()}`] ??= v;
  const main2 = path13.resolve(dir, runs.main);
  const r = await runProcess(
    {
      command: process.execPath,
      args: [main2],
      cwd: runtime.dirs.workspace,
      env: {
        ...run.env,
        ...inputEnv,
        GITHUB_ACTION_PATH: dir,
        GITHUB_ACTION_REPOSITORY: action.kind === "remote" ? action.repo : "",
        GITHUB_ACTION_REF: action.kind === "remote" ? action.ref : "",
        ACTIONS_RUNTIME_TOKEN: run.runtimeToken,
        ACTIONS_RUNTIME_URL: `${runtime.host.serverUrl}/_runtime/`,
        ACTIONS_RESULTS_URL: `${runtime.host.serverUrl}/_results/`
      },
      onLine: run.line,
      signal: run.signal
    },
    runtime.groups
  );
  if (r.killed) return { ok: false, outputs: {}, message: r.killed };
  return r.code === 0 ? { ok: true, outputs: {} } : { ok: false, outputs: {}, message: `Process completed with exit code ${r.code ?? "unknown"}.` };
}

// src/executor/steps/run-script.ts
import { randomUUID } from "node:crypto";
import { existsSync as existsSync10, writeFileSync as writeFileSync4 } from "node:fs";
import path14 from "node:path";
var BASH = ["bash", "--noprofile", "--norc", "-eo", "pipefail"];
var SHELLS = {
  github: { default: ["bash", "-e"], bash: BASH, sh: ["sh", "-e"] },
  forgejo: { default: BASH, bash: BASH, sh: ["sh", "-e"] }
};
async function runScript(run, def) {
  const { runtime } = run;
  const script = stringOf(def.script, run.scope);
  const file = path14.join(runtime.dirs.temp, `${randomUUID()}.sh`);
  writeFileSync4(file, script);
  const cwd = def.workingDirectory ? path14.resolve(runtime.dirs.workspace, stringOf(def.workingDirectory, run.scope)) : runtime.dirs.workspace;
  if (!existsSync10(cwd)) return { ok: false, outputs: {}, message: `working-directory ${path14.relative(runtime.dirs.workspace, cwd) || "."} does not exist` };
  runtime.log.write(script);
  const [command, ...args] = SHELLS[runtime.host.flavour][def.shell];
  const r = await runProcess({ command, args: [...args, file], cwd, env: run.env, onLine: run.line, signal: run.signal }, runtime.groups);
  if (r.killed) return { ok: false, outputs: {}, message: r.killed };
  return r.code === 0 ? { ok: true, outputs: {} } : { ok: false, outputs: {}, message: `Process completed with exit code ${r.code ?? "unknown"}.` };
}

// src/executor/steps/setup-node.ts
async function setupNode(run) {
  const wanted = (run.inputs["node-version"] ?? "").trim();
  const have = process.versions.node;
  const major = have.split(".")[0];
  const m = /^v?(\d+)(?:\.(?:x|\d+))*$/.exec(wanted);
  if (wanted && !/^(lts\/\*|node|latest)$/.test(wanted) && (!m || m[1] !== major)) {
    return { ok: false, outputs: {}, message: `actions/setup-node: Node.js ${wanted} was asked for, but the local executor uses the host's Node.js ${have} and installs nothing` };
  }
  run.line(`Using the host's Node.js ${have}${run.inputs.cache ? " (no dependency cache locally)" : ""}`);
  return { ok: true, outputs: { "node-version": `v${have}`, "cache-hit": "false" } };
}

// src/executor/steps/index.ts
function runStep(run) {
  const { step } = run;
  if (step.run) return runScript(run, step.run);
  const action = step.action;
  if (action.kind === "builtin") {
    switch (action.name) {
      case "checkout":
        return checkout(run);
      case "upload-artifact":
        return uploadArtifact(run, action.major);
      case "download-artifact":
        return downloadArtifact(run, action.major);
      case "setup-node":
        return setupNode(run);
    }
  }
  return nodeAction(run, action);
}

// src/executor/job.ts
var DEFAULT_JOB_MINUTES = 360;
function jobStartScope(host, request, workflow, job, needs, runSignal) {
  const needValues = Object.values(needs);
  return {
    contexts: {
      github: { ...githubContext({ host, request, workflow, job: job.id, token: "", workspace: "", eventPath: "" }) },
      needs,
      vars: host.vars,
      inputs: inputsOf(request)
    },
    status: {
      failed: needValues.some((n) => n.result === "failure"),
      notSucceeded: needValues.some((n) => n.result !== "success"),
      cancelled: runSignal.aborted
    }
  };
}
async function runJob(host, request, workflow, job, needs, runSignal, instance) {
  const id = instance?.id ?? job.id;
  const attempt = request.attempt ?? 1;
  const dirs = jobDirs(request.workDir, id, attempt);
  const logFile = path15.join(request.workDir, "logs", attempt > 1 ? `${id}-attempt-${attempt}.log` : `${id}.log`);
  const log = new JobLog(logFile, (line) => request.onEvent?.({ type: "log", job: id, line }));
  const start = jobStartScope(host, request, workflow, job, needs, runSignal);
  const jobStatus = start.status;
  const base = { ...start.contexts, ...instance ? { matrix: instance.matrix, strategy: instance.strategy } : {} };
  const result = { id, name: id, result: "skipped", outputs: {}, steps: [], log: "", logFile };
  const finish = (r) => {
    r.log = log.text();
    return r;
  };
  try {
    const name = job.name ? stringOf(job.name, { contexts: base, status: jobStatus }) : job.id;
    result.name = instance ? `${name} (${instance.label})` : name;
    if (!condition(job.if, { contexts: base, status: jobStatus })) {
      log.write(`Skipped: the job's condition is false (${job.if})`);
      return finish(result);
    }
  } catch (err) {
    log.write(`Error: ${err.message}`);
    return finish({ ...result, result: "failure", reason: err.message });
  }
  result.startedAt = (/* @__PURE__ */ new Date()).toISOString();
  request.onEvent?.({ type: "job-started", job: id, name: result.name });
  const permissions2 = host.flavour === "github" ? job.permissions ?? workflow.permissions : void 0;
  const token = host.issueToken({ runId: request.runId, job: id, ...permissions2 ? { permissions: permissions2 } : {} });
  log.mask(token.token);
  for (const v of Object.values(host.secrets)) log.mask(v);
  const groups = new ProcessGroups();
  const timeout = new AbortController();
  const signal = AbortSignal.any([runSignal, timeout.signal]);
  let timer;
  try {
    const eventPath = path15.join(dirs.temp, "_github_workflow", "event.json");
    writeEvent(eventPath, request.event);
    const g = githubContext({ host, request, workflow, job: job.id, token: token.token, workspace: dirs.workspace, eventPath });
    const runtimeToken = randomUUID2();
    log.mask(runtimeToken);
    const secrets = { ...host.secrets, GITHUB_TOKEN: token.token, ...host.flavour === "forgejo" ? { GITEA_TOKEN: token.token, FORGEJO_TOKEN: token.token } : {} };
    const runner = { name: "crustyclaw-local", os: "Linux", arch: process.arch === "arm64" ? "ARM64" : "X64", temp: dirs.temp, tool_cache: dirs.toolCache, debug: "", environment: "self-hosted" };
    const jobScope = (status, env2, steps) => ({
      contexts: { ...base, github: g, secrets, runner, env: env2, steps, job: { status: status.cancelled ? "cancelled" : status.failed ? "failure" : "success", container: {}, services: {} } },
      status
    });
    const minutes = job.timeoutMinutes ? Number(stringOf(job.timeoutMinutes, jobScope(jobStatus, {}, {}))) : DEFAULT_JOB_MINUTES;
    if (!Number.isFinite(minutes) || minutes <= 0) throw new ExpressionProblem(`timeout-minutes of job '${job.id}' is not a positive number`);
    timer = setTimeout(() => timeout.abort(`the job exceeded its timeout of ${minutes} minute(s)`), minutes * 6e4 * (request.timeScale ?? 1));
    let env = {
      ...stringMap(workflow.env, jobScope(jobStatus, {}, {}))
    };
    env = { ...env, ...stringMap(job.env, jobScope(jobStatus, env, {})) };
    const machineEnv = {
      PATH: process.env.PATH ?? "/usr/local/bin:/usr/bin:/bin",
      HOME: dirs.home,
      LANG: process.env.LANG ?? "C.UTF-8",
      ...request.runnerEnv,
      ...runnerEnv({ host, request, workflow, job: job.id, token: token.token, workspace: dirs.workspace, eventPath, dirs, runnerName: runner.name })
    };
    const extraPath = [];
    const stepsContext = {};
    let failed = false;
    const runtime = { host, request, workflow, job, dirs, token: token.token, log, groups, artifacts: path15.join(request.workDir, "artifacts"), signal };
    const state = {};
    for (const step of job.steps) {
      const status = { failed, cancelled: signal.aborted };
      const scope = jobScope(status, env, stepsContext);
      let stepName = step.id;
      const record = (outcome3, conclusion2, outputs2) => {
        const r = { id: step.id, name: stepName, outcome: outcome3, conclusion: conclusion2, outputs: outputs2 };
        result.steps.push(r);
        if (step.hasId) stepsContext[step.id] = { outputs: outputs2, outcome: outcome3, conclusion: conclusion2 };
        request.onEvent?.({ type: "step-finished", job: id, step: r });
        return r;
      };
      try {
        stepName = step.name ? stringOf(step.name, scope) : defaultStepName(step);
        if (!condition(step.if, scope)) {
          record("skipped", "skipped", {});
          continue;
        }
      } catch (err) {
        log.write(`##[error]${err.message}`);
        record("failure", "failure", {});
        failed = true;
        continue;
      }
      request.onEvent?.({ type: "step-started", job: id, step: step.id, name: stepName });
      log.write(`##[group]${stepName}`);
      const files = {
        output: path15.join(dirs.files, `output_${randomUUID2()}`),
        env: path15.join(dirs.files, `env_${randomUUID2()}`),
        path: path15.join(dirs.files, `path_${randomUUID2()}`),
        summary: path15.join(dirs.files, `step_summary_${randomUUID2()}`),
        state: path15.join(dirs.files, `state_${randomUUID2()}`)
      };
      for (const f of Object.values(files)) writeFileSync5(f, "");
      let outcome2 = "success";
      let outputs = {};
      const stepTimeout = new AbortController();
      let stepTimer;
      try {
        const stepEnv = { ...env, ...stringMap(step.env, scope) };
        const stepScope = jobScope(status, stepEnv, stepsContext);
        if (step.timeoutMinutes) {
          const m = Number(stringOf(step.timeoutMinutes, stepScope));
          if (!Number.isFinite(m) || m <= 0) throw new ExpressionProblem(`timeout-minutes of step '${stepName}' is not a positive number`);
          stepTimer = setTimeout(() => stepTimeout.abort(`the step exceeded its timeout of ${m} minute(s)`), m * 6e4 * (request.timeScale ?? 1));
        }
        const stepProcessEnv = {
          ...machineEnv,
          ...stepEnv,
          PATH: [...extraPath, machineEnv.PATH].join(path15.delimiter),
          GITHUB_OUTPUT: files.output,
          GITHUB_ENV: files.env,
          GITHUB_PATH: files.path,
          GITHUB_STEP_SUMMARY: files.summary,
          GITHUB_STATE: files.state,
          GITHUB_ACTION: step.id
        };
        const processEnv = host.flavour === "forgejo" ? withForgejoNames(stepProcessEnv) : stepProcessEnv;
        const commands = new CommandReader();
        const commandOutputs = {};
        const run = {
          runtime,
          step,
          name: stepName,
          scope: stepScope,
          inputs: stringMap(step.with, stepScope),
          env: processEnv,
          runtimeToken,
          signal: AbortSignal.any([signal, stepTimeout.signal]),
          line: (line) => {
            const c = commands.read(line);
            if (!c) return log.write(line);
            switch (c.kind) {
              case "mask":
                log.mask(c.value);
                return;
              case "output":
                log.write("##[warning]The `set-output` command is deprecated and will be disabled soon. Please upgrade to using Environment Files.");
                commandOutputs[c.name] = c.value;
                return;
              case "state":
                (state[step.id] ??= {})[c.name] = c.value;
                return;
              case "annotation":
                return log.write(`##[${c.level}]${c.message}`);
              case "group":
                return log.write(`##[group]${c.title}`);
              case "endgroup":
                return log.write("##[endgroup]");
              case "refused":
                log.write(`##[error]${c.why}`);
                outcome2 = "failure";
                return;
            }
          }
        };
        const done2 = await runStep(run);
        if (!done2.ok) {
          outcome2 = run.signal.aborted ? timeout.signal.aborted || runSignal.aborted ? "cancelled" : "failure" : "failure";
          if (done2.message) log.write(`##[error]${done2.message}`);
        }
        outputs = { ...commandOutputs, ...readKeyValueFile(files.output, "output"), ...done2.outputs };
        const added = readKeyValueFile(files.env, "env");
        for (const k of Object.keys(added)) if (/^(NODE_OPTIONS)$/i.test(k)) log.write(`##[warning]Can't store ${k} output parameter using '$GITHUB_ENV' command.`);
        env = { ...env, ...Object.fromEntries(Object.entries(added).filter(([k]) => !/^NODE_OPTIONS$/i.test(k))) };
        extraPath.unshift(...readPathFile(files.path).reverse());
      } catch (err) {
        if (!(err instanceof FileCommandError || err instanceof ExpressionProblem)) throw err;
        log.write(`##[error]${err.message}`);
        outcome2 = "failure";
      } finally {
        if (stepTimer) clearTimeout(stepTimer);
      }
      log.write("##[endgroup]");
      let continueOnError = false;
      try {
        continueOnError = typeof step.continueOnError === "boolean" ? step.continueOnError : stringOf(step.continueOnError, scope) === "true";
      } catch {
        continueOnError = false;
      }
      const conclusion = outcome2 === "failure" && continueOnError ? "success" : outcome2;
      record(outcome2, conclusion, outputs);
      if (conclusion === "failure") failed = true;
    }
    const cancelled = signal.aborted;
    if (cancelled) log.write(`##[error]${String(signal.reason ?? "cancelled")}`);
    result.result = cancelled ? "cancelled" : failed ? "failure" : "success";
    if (cancelled) result.reason = String(signal.reason ?? "cancelled");
    try {
      result.outputs = stringMap(job.outputs, jobScope({ failed, cancelled }, env, stepsContext));
    } catch (err) {
      log.write(`##[error]${err.message}`);
      result.result = "failure";
    }
  } catch (err) {
    if (!(err instanceof ExpressionProblem)) throw err;
    log.write(`##[error]${err.message}`);
    result.result = "failure";
    result.reason = err.message;
  } finally {
    if (timer) clearTimeout(timer);
    groups.killAll();
    token.revoke();
  }
  result.completedAt = (/* @__PURE__ */ new Date()).toISOString();
  const done = finish(result);
  request.onEvent?.({ type: "job-finished", job: done });
  return done;
}
function defaultStepName(step) {
  if (step.action) return `Run ${step.action.uses}`;
  return step.run ? "Run script" : step.id;
}
function writeEvent(file, event) {
  mkdirSync6(path15.dirname(file), { recursive: true });
  writeFileSync5(file, JSON.stringify(event, null, 2));
}
function inputsOf(request) {
  const inputs = request.event.inputs;
  return request.eventName === "workflow_dispatch" && inputs && typeof inputs === "object" ? inputs : {};
}

// src/executor/matrix.ts
import { isDeepStrictEqual } from "node:util";
var MAX_COMBINATIONS = 256;
var MatrixError = class extends Error {
  name = "MatrixError";
};
function expandMatrix(value) {
  if (!isObject(value)) throw new MatrixError(`a matrix must be a mapping, got ${describe(value)}`);
  const { include, exclude, ...vectors } = value;
  let combos = [{}];
  for (const [key, list] of Object.entries(vectors)) {
    if (!Array.isArray(list)) throw new MatrixError(`matrix key '${key}' must be a list, got ${describe(list)}`);
    if (list.length === 0) throw new MatrixError(`matrix vector '${key}' does not contain any values`);
    combos = combos.flatMap((c) => list.map((v) => ({ ...c, [key]: v })));
    if (combos.length > MAX_COMBINATIONS) break;
  }
  const keys = Object.keys(vectors);
  if (keys.length === 0) combos = [];
  for (const e of listOf(exclude, "exclude")) {
    combos = combos.filter((c) => !Object.entries(e).every(([k, v]) => keys.includes(k) && isDeepStrictEqual(c[k], v)));
  }
  for (const inc of listOf(include, "include")) {
    const matching = combos.filter((c) => Object.entries(inc).every(([k, v]) => !keys.includes(k) || isDeepStrictEqual(c[k], v)));
    if (keys.length > 0 && matching.length > 0) {
      for (const c of matching) for (const [k, v] of Object.entries(inc)) if (!keys.includes(k)) c[k] = v;
    } else combos.push({ ...inc });
  }
  if (combos.length === 0) throw new MatrixError("the matrix has no combinations");
  if (combos.length > MAX_COMBINATIONS) throw new MatrixError(`the matrix has more than ${MAX_COMBINATIONS} combinations`);
  return combos;
}
function combinationLabel(c) {
  return Object.values(c).map((v) => typeof v === "object" && v !== null ? JSON.stringify(v) : String(v)).join(", ");
}
function listOf(value, name) {
  if (value === void 0 || value === null) return [];
  if (!Array.isArray(value) || !value.every(isObject)) throw new MatrixError(`matrix ${name} must be a list of mappings`);
  return value;
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function describe(v) {
  return v === null ? "null" : Array.isArray(v) ? "a list" : typeof v === "object" ? "a mapping" : `${typeof v} ${JSON.stringify(v)}`;
}

// src/executor/run.ts
function unresolvedActions(host, workflow) {
  const out = [];
  for (const job of workflow.jobs) {
    for (const step of job.steps) {
      const a = step.action;
      if (a?.kind === "remote" && !host.resolveAction(a.repo, a.path, a.ref)) {
        out.push(`job '${job.id}', line ${step.line}: ${a.uses} is not available to the local executor`);
      }
    }
  }
  return out;
}
async function runWorkflow(host, workflow, request) {
  mkdirSync7(request.workDir, { recursive: true });
  const signal = request.signal ?? new AbortController().signal;
  const results = new Map(request.reuse ?? []);
  const limit = Math.max(1, request.maxParallelJobs ?? 2);
  const pending = new Map(workflow.jobs.filter((j) => !results.has(j.id)).map((j) => [j.id, j]));
  const running = /* @__PURE__ */ new Map();
  const instances = /* @__PURE__ */ new Map();
  const ready = () => [...pending.values()].filter((j) => j.needs.every((n) => results.has(n)));
  const start = (job) => {
    pending.delete(job.id);
    const needs = {};
    for (const n of job.needs) {
      const r = results.get(n);
      needs[n] = { result: r.result, outputs: r.outputs };
    }
    const finished = (r) => {
      results.set(job.id, r);
      running.delete(job.id);
    };
    const p = job.strategy ? runMatrix(host, request, workflow, job, needs, signal, Math.max(1, limit - running.size)).then(({ aggregate, jobs: jobs2 }) => {
      instances.set(job.id, jobs2);
      finished(aggregate);
    }) : runJob(host, request, workflow, job, needs, signal).then(finished);
    running.set(job.id, p);
  };
  while (pending.size > 0 || running.size > 0) {
    for (const job of ready()) {
      if (running.size >= limit) break;
      start(job);
    }
    if (running.size === 0) {
      for (const job of pending.values()) results.set(job.id, { id: job.id, name: job.id, result: "skipped", outputs: {}, steps: [], log: "", logFile: "", reason: "its needs never finished" });
      pending.clear();
      break;
    }
    await Promise.race(running.values());
  }
  const jobs = workflow.jobs.flatMap((j) => instances.get(j.id) ?? [results.get(j.id)]);
  const conclusion = signal.aborted ? "cancelled" : jobs.some((j) => j.result === "failure" || j.result === "cancelled") ? "failure" : "success";
  return { conclusion, jobs };
}
async function runMatrix(host, request, workflow, job, needs, runSignal, runLimit) {
  const strategy = job.strategy;
  const scope = jobStartScope(host, request, workflow, job, needs, runSignal);
  const failedJob = (reason) => {
    const r = { id: job.id, name: job.id, result: "failure", outputs: {}, steps: [], log: `##[error]${reason}
`, logFile: "", reason };
    return { aggregate: r, jobs: [r] };
  };
  let combos;
  let maxParallel;
  let failFast;
  try {
    if (!condition(job.if, scope)) {
      const r = { id: job.id, name: job.id, result: "skipped", outputs: {}, steps: [], log: "", logFile: "" };
      return { aggregate: r, jobs: [r] };
    }
    combos = expandMatrix(valueOf(strategy.matrix, scope));
    maxParallel = strategy.maxParallel ? Number(stringOf(strategy.maxParallel, scope)) : combos.length;
    if (!Number.isInteger(maxParallel) || maxParallel < 1) return failedJob(`max-parallel of job '${job.id}' must be a positive whole number`);
    failFast = strategy.failFast ? stringOf(strategy.failFast, scope) !== "false" : true;
  } catch (err) {
    return failedJob(`the matrix of job '${job.id}' could not be evaluated: ${err.message}`);
  }
  const cancelOthers = new AbortController();
  const signal = AbortSignal.any([runSignal, cancelOthers.signal]);
  const jobs = new Array(combos.length);
  const outputs = {};
  let next = 0;
  const worker = async () => {
    while (next < combos.length) {
      const i = next++;
      const r = await runJob(host, request, workflow, job, needs, signal, {
        id: `${job.id}-${i + 1}`,
        label: combinationLabel(combos[i]),
        matrix: combos[i],
        strategy: { "fail-fast": failFast, "job-index": i, "job-total": combos.length, "max-parallel": maxParallel }
      });
      jobs[i] = r;
      Object.assign(outputs, r.outputs);
      if (failFast && r.result === "failure") cancelOthers.abort(`cancelled: job '${r.name}' of the matrix failed (fail-fast)`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(maxParallel, runLimit, combos.length) }, worker));
  const result = jobs.some((j) => j.result === "failure") ? "failure" : jobs.some((j) => j.result === "cancelled") ? "cancelled" : "success";
  return { aggregate: { id: job.id, name: job.id, result, outputs, steps: [], log: "", logFile: "" }, jobs };
}

// src/executor/index.ts
function runScope(host, workflow, request) {
  const github = githubContext({ host, request: { ...request, workDir: "" }, workflow, job: "", token: "", workspace: "", eventPath: "" });
  const inputs = request.eventName === "workflow_dispatch" && typeof request.event.inputs === "object" ? request.event.inputs : {};
  return { contexts: { github, vars: host.vars, inputs }, status: { failed: false, cancelled: false } };
}
function concurrencyGroup(host, workflow, request) {
  if (!workflow.concurrency) return void 0;
  return stringOf(workflow.concurrency.group, runScope(host, workflow, request));
}
function runName(host, workflow, request) {
  return workflow.runName ? stringOf(workflow.runName, runScope(host, workflow, request)) : workflow.name;
}

// src/localforge/git.ts
import { spawn as spawn3 } from "node:child_process";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import os2 from "node:os";
import path16 from "node:path";
function gitEnv(extra = {}) {
  return {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? os2.tmpdir(),
    GIT_TERMINAL_PROMPT: "0",
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_CONFIG_GLOBAL: os2.devNull,
    ...extra
  };
}
function runGit(args, opts = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn3("git", args, { env: gitEnv(opts.env), stdio: ["pipe", "pipe", "pipe"] });
    const out = [];
    const err = [];
    child.stdout.on("data", (b) => out.push(b));
    child.stderr.on("data", (b) => err.push(b));
    child.on("error", reject);
    child.on(
      "close",
      (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") })
    );
    child.stdin.on("error", () => {
    });
    child.stdin.end(opts.input ?? "");
  });
}
async function mustGit(args, opts = {}) {
  const r = await runGit(args, opts);
  if (r.code !== 0) throw new Error(`git ${args.join(" ")} failed (${r.code}): ${r.stderr.trim()}`);
  return r.stdout;
}
function isSafeRef(ref) {
  return ref.length > 0 && ref.length < 256 && !ref.startsWith("-") && !ref.includes("..") && !ref.endsWith(".lock") && !ref.endsWith("/") && /^[A-Za-z0-9._\/+@-]+$/.test(ref);
}
function isSafeName(name) {
  return /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(name) && !name.endsWith(".git") && !name.includes("..");
}
function authorEnv(a) {
  return { GIT_AUTHOR_NAME: a.name, GIT_AUTHOR_EMAIL: a.email, GIT_AUTHOR_DATE: a.date, GIT_COMMITTER_NAME: a.name, GIT_COMMITTER_EMAIL: a.email, GIT_COMMITTER_DATE: a.date };
}
async function initBareRepo(gitDir, branch, files, author, workTree) {
  await mkdir(path16.dirname(gitDir), { recursive: true });
  await mustGit(["init", "--quiet", "--bare", `--initial-branch=${branch}`, gitDir]);
  await mustGit(["-C", gitDir, "config", "http.receivepack", "true"]);
  await mustGit(["-C", gitDir, "config", "uploadpack.allowAnySHA1InWant", "true"]);
  if (!files) return void 0;
  const tmp = await mkdtemp(path16.join(os2.tmpdir(), "localforge-index-"));
  try {
    const env = { GIT_INDEX_FILE: path16.join(tmp, "index"), ...authorEnv(author) };
    if (workTree) await mustGit(["--git-dir", gitDir, "--work-tree", workTree, "add", "-A", "--", "."], { env });
    for (const [file, content] of Object.entries(files)) {
      const blob = (await mustGit(["-C", gitDir, "hash-object", "-w", "--stdin"], { input: content })).trim();
      await mustGit(["-C", gitDir, "update-index", "--add", "--cacheinfo", `100644,${blob},${file}`], { env });
    }
    const tree = (await mustGit(["-C", gitDir, "write-tree"], { env })).trim();
    const commit = (await mustGit(["-C", gitDir, "commit-tree", tree, "-m", "Initial commit"], { env })).trim();
    await mustGit(["-C", gitDir, "update-ref", `refs/heads/${branch}`, commit]);
    return commit;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
async function resolveCommit(gitDir, ref) {
  if (!isSafeRef(ref)) return void 0;
  const candidates = /^[0-9a-f]{4,40}$/i.test(ref) ? [ref, `refs/heads/${ref}`] : [`refs/heads/${ref}`, `refs/tags/${ref}`, ref];
  for (const c of candidates) {
    const r = await runGit(["-C", gitDir, "rev-parse", "--verify", "--quiet", `${c}^{commit}`]);
    if (r.code === 0) return r.stdout.trim();
  }
  return void 0;
}
async function branchSha(gitDir, branch) {
  if (!isSafeRef(branch)) return void 0;
  const r = await runGit(["-C", gitDir, "rev-parse", "--verify", "--quiet", `refs/heads/${branch}^{commit}`]);
  return r.code === 0 ? r.stdout.trim() : void 0;
}
async function tagSha(gitDir, tag) {
  if (!isSafeRef(tag)) return void 0;
  const r = await runGit(["-C", gitDir, "rev-parse", "--verify", "--quiet", `refs/tags/${tag}^{commit}`]);
  return r.code === 0 ? r.stdout.trim() : void 0;
}
async function commitInfo(gitDir, sha) {
  const out = await mustGit(["-C", gitDir, "show", "-s", "--format=%H%x00%T%x00%P%x00%an%x00%ae%x00%aI%x00%cn%x00%ce%x00%cI%x00%B", sha]);
  const [h = "", t = "", p = "", an = "", ae = "", ad = "", cn = "", ce = "", cd = "", ...msg] = out.split("\0");
  return {
    sha: h,
    tree: t,
    parents: p.split(" ").filter(Boolean),
    author: { name: an, email: ae, date: ad },
    committer: { name: cn, email: ce, date: cd },
    message: msg.join("\0").replace(/\n+$/, "")
  };
}
async function diffStats(gitDir, base, head) {
  const mb = await runGit(["-C", gitDir, "merge-base", base, head]);
  const mergeBase = mb.code === 0 ? mb.stdout.trim() : base;
  const count = await mustGit(["-C", gitDir, "rev-list", "--count", `${mergeBase}..${head}`]);
  const numstat = await mustGit(["-C", gitDir, "diff", "--numstat", mergeBase, head]);
  let additions = 0;
  let deletions = 0;
  let changedFiles2 = 0;
  for (const line of numstat.split("\n")) {
    const [a, d] = line.split("	");
    if (a === void 0 || d === void 0) continue;
    changedFiles2++;
    additions += Number(a) || 0;
    deletions += Number(d) || 0;
  }
  return { commits: Number(count.trim()), additions, deletions, changedFiles: changedFiles2, mergeBase };
}
async function setRef(gitDir, ref, sha) {
  await mustGit(["-C", gitDir, "update-ref", ...sha ? [ref, sha] : ["-d", ref]]);
}
async function listRefs(gitDir) {
  const out = await mustGit(["-C", gitDir, "for-each-ref", "--format=%(objectname) %(refname)", "refs/heads/", "refs/tags/"]);
  const refs = /* @__PURE__ */ new Map();
  for (const line of out.split("\n")) {
    const [sha, ref] = line.split(" ");
    if (sha && ref) refs.set(ref, sha);
  }
  return refs;
}
async function newCommits(gitDir, before, after, limit = 20) {
  const range = before && !/^0+$/.test(before) ? [`${before}..${after}`] : [after];
  const shas = (await mustGit(["-C", gitDir, "rev-list", `--max-count=${limit}`, ...range])).split("\n").filter(Boolean);
  return Promise.all(shas.map((s) => commitInfo(gitDir, s)));
}
async function mergeCommit(gitDir, base, head, message, author, squash = false) {
  const tree = await runGit(["-C", gitDir, "merge-tree", "--write-tree", base, head]);
  if (tree.code !== 0) return void 0;
  const env = authorEnv(author);
  const parents = squash ? ["-p", base] : ["-p", base, "-p", head];
  return (await mustGit(["-C", gitDir, "commit-tree", tree.stdout.split("\n")[0].trim(), ...parents, "-m", message], { env })).trim();
}
async function pullDiff(gitDir, base, head) {
  const mb = await runGit(["-C", gitDir, "merge-base", base, head]);
  const from = mb.code === 0 ? mb.stdout.trim() : base;
  return mustGit(["-C", gitDir, "diff", "--no-color", "--no-ext-diff", "--src-prefix=a/", "--dst-prefix=b/", from, head]);
}
async function changedFiles(gitDir, from, to) {
  const r = await runGit(["-C", gitDir, "diff", "--name-only", "-z", from, to]);
  return r.code === 0 ? r.stdout.split("\0").filter(Boolean) : [];
}
async function listTree(gitDir, commit, dir) {
  const r = await runGit(["-C", gitDir, "ls-tree", "-r", "--name-only", "-z", commit, "--", `${dir}/`]);
  if (r.code !== 0) return void 0;
  const files = r.stdout.split("\0").filter(Boolean);
  return files.length ? files : (await runGit(["-C", gitDir, "cat-file", "-e", `${commit}:${dir}`])).code === 0 ? [] : void 0;
}
async function readBlob(gitDir, commit, file) {
  return mustGit(["-C", gitDir, "show", `${commit}:${file}`]);
}

// src/localforge/job-tokens.ts
var ACTIONS_USER = {
  github: { login: "github-actions[bot]", id: 41898282, type: "Bot", name: "github-actions[bot]" },
  forgejo: { login: "forgejo-actions", id: -2, type: "User", name: "Forgejo Actions" }
};
var GITHUB_SCOPES = [
  "actions",
  "attestations",
  "checks",
  "contents",
  "deployments",
  "discussions",
  "id-token",
  "issues",
  "models",
  "packages",
  "pages",
  "pull-requests",
  "repository-projects",
  "security-events",
  "statuses"
];
function scopeOfRoute(template) {
  if (/\/pulls\/\{number\}\/merge$/.test(template)) return "contents";
  if (/\/pulls(\/|$)/.test(template)) return "pull-requests";
  if (/\/(issues|labels)(\/|$)/.test(template)) return "issues";
  if (/\/statuses\/|\/commits\/\{ref\}\/status/.test(template)) return "statuses";
  if (/check-runs/.test(template)) return "checks";
  if (/\/branches\//.test(template)) return "contents";
  if (/\/actions\//.test(template)) return "actions";
  return "metadata";
}
var LEVEL = { none: "none", read: "read", write: "write" };
function jobPermission(job, repo, template, isPull) {
  if (job.repo.toLowerCase() !== repo.fullName.toLowerCase()) return "none";
  if (!job.scopes) return "write";
  const scope = scopeOfRoute(template);
  if (scope === "metadata") return "read";
  const own = LEVEL[job.scopes[scope] ?? "none"];
  if (scope === "issues" && isPull) {
    const pr = LEVEL[job.scopes["pull-requests"] ?? "none"];
    return own === "write" || pr === "write" ? "write" : own === "read" || pr === "read" ? "read" : "none";
  }
  return own;
}
function jobGitPermission(job, repo) {
  if (job.repo.toLowerCase() !== repo.fullName.toLowerCase()) return "none";
  return job.scopes ? LEVEL[job.scopes.contents ?? "none"] : "write";
}

// src/localforge/actions/match.ts
var GITHUB_DEFAULT_TYPES = {
  pull_request: ["opened", "synchronize", "reopened"],
  pull_request_target: ["opened", "synchronize", "reopened"],
  workflow_run: ["completed", "requested"]
};
var FORGEJO_FAMILIES = {
  issues: ["issues", "issue_assign", "issue_label", "issue_milestone"],
  pull_request: ["pull_request", "pull_request_sync", "pull_request_assign", "pull_request_label", "pull_request_review_request", "pull_request_milestone"],
  pull_request_target: ["pull_request", "pull_request_sync", "pull_request_assign", "pull_request_label", "pull_request_review_request", "pull_request_milestone"],
  pull_request_review: ["pull_request_review_approved", "pull_request_review_rejected", "pull_request_review_comment"],
  issue_comment: ["issue_comment", "pull_request_comment"]
};
function forgejoActions(event) {
  if (event.type === "pull_request_review_comment") return event.action === "reviewed" ? ["created", "edited"] : [event.action];
  switch (event.action) {
    case "label_updated":
      return ["labeled"];
    case "label_cleared":
      return ["unlabeled"];
    case "synchronized":
      return ["synchronize"];
    case "reviewed":
      return ["submitted", "edited"];
    default:
      return [event.action];
  }
}
function globMatch(patterns, value) {
  let matched = false;
  for (const raw of patterns) {
    const negate = raw.startsWith("!");
    const pattern = negate ? raw.slice(1) : raw;
    const re = RE2JS.compile(
      `^${pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*\*/g, "\0").replace(/\*/g, "[^/]*").replace(/\?/g, ".").replace(/\u0000/g, ".*")}$`
    );
    if (re.test(value)) matched = !negate;
  }
  return matched;
}
async function filtersPass(f, event, ctx, isPull) {
  if (event.type === "push" && event.push) {
    const ref = event.push.ref;
    const branch = ref.startsWith("refs/heads/") ? ref.slice("refs/heads/".length) : void 0;
    const tag = ref.startsWith("refs/tags/") ? ref.slice("refs/tags/".length) : void 0;
    const hasBranchFilter = f.branches || f["branches-ignore"];
    const hasTagFilter = f.tags || f["tags-ignore"];
    if (branch !== void 0) {
      if (!hasBranchFilter && hasTagFilter) return false;
      if (f.branches && !globMatch(f.branches, branch)) return false;
      if (f["branches-ignore"] && globMatch(f["branches-ignore"], branch)) return false;
    }
    if (tag !== void 0) {
      if (!hasTagFilter && hasBranchFilter) return false;
      if (f.tags && !globMatch(f.tags, tag)) return false;
      if (f["tags-ignore"] && globMatch(f["tags-ignore"], tag)) return false;
    }
  }
  if (isPull && ctx.baseBranch !== void 0) {
    if (f.branches && !globMatch(f.branches, ctx.baseBranch)) return false;
    if (f["branches-ignore"] && globMatch(f["branches-ignore"], ctx.baseBranch)) return false;
  }
  if (f.paths || f["paths-ignore"]) {
    const files = await ctx.changedFiles();
    if (f.paths && !files.some((file) => globMatch(f.paths, file))) return false;
    if (f["paths-ignore"] && files.length > 0 && files.every((file) => globMatch(f["paths-ignore"], file))) return false;
  }
  return true;
}
function typesPass(types, defaults, actions) {
  const wanted = types ?? defaults;
  return !wanted || actions.some((a) => wanted.includes(a));
}
function firedHere(schedule, event, ctx) {
  const crons = Array.isArray(schedule) ? schedule.map((c) => c.cron) : [];
  return event.schedule?.workflow === ctx.workflowFile && crons.includes(event.schedule.cron);
}
async function matchWorkflow(flavour, events, event, ctx) {
  const on = events;
  if (flavour === "github") {
    const key = event.type;
    if (!(key in on)) return [];
    const f = on[key] ?? {};
    if (key === "workflow_dispatch") return event.dispatch?.workflow === ctx.workflowFile ? [key] : [];
    if (key === "schedule") return firedHere(on.schedule, event, ctx) ? [key] : [];
    if (key === "workflow_run") {
      if (!f.workflows || !event.workflowRun || !f.workflows.includes(event.workflowRun.name)) return [];
      if (event.workflowRun.depth > 3) return [];
    }
    if (key !== "push" && !typesPass(f.types, GITHUB_DEFAULT_TYPES[key], [event.action])) return [];
    return await filtersPass(f, event, ctx, key.startsWith("pull_request")) ? [key] : [];
  }
  const names = [];
  for (const key of Object.keys(on)) {
    const family = FORGEJO_FAMILIES[key] ?? [key];
    if (!family.includes(event.type)) continue;
    const f = on[key] ?? {};
    if (key === "workflow_dispatch") {
      if (event.dispatch?.workflow === ctx.workflowFile) names.push(key);
      continue;
    }
    if (key === "schedule") {
      if (firedHere(on.schedule, event, ctx)) names.push(key);
      continue;
    }
    const actions = forgejoActions(event);
    const effective = key === "pull_request_review" && event.type === "pull_request_review_comment" ? ["created", "edited"] : actions;
    const defaults = key === "pull_request" || key === "pull_request_target" ? ["opened", "reopened", "synchronize"] : void 0;
    if (key !== "push" && !typesPass(f.types, defaults, effective)) continue;
    if (await filtersPass(f, event, ctx, key.startsWith("pull_request"))) names.push(key);
  }
  return names;
}

// src/localforge/actions/actions.ts
var WORKFLOW_DIRS2 = {
  github: [".github/workflows"],
  forgejo: [".forgejo/workflows", ".gitea/workflows", ".github/workflows"]
};
var PULL_EVENT_TYPES = /^pull_request(?!_comment$)/;
var LocalActions = class {
  constructor(forge, options = {}) {
    this.forge = forge;
    this.options = options;
    this.ownsWorkDir = options.workDir === void 0;
    this.workDir = options.workDir ?? mkdtempSync(path17.join(os3.tmpdir(), "crustyclaw-actions-"));
    this.unsubscribe = forge.events.subscribe((e) => {
      this.chain = this.chain.then(() => this.handle(e)).catch((err) => this.fail(e, err));
    });
  }
  forge;
  options;
  runs = [];
  listeners = /* @__PURE__ */ new Set();
  chain = Promise.resolve();
  running = /* @__PURE__ */ new Map();
  waiting = [];
  groups = /* @__PURE__ */ new Map();
  numbers = /* @__PURE__ */ new Map();
  /** What each run was started with, for re-runs. */
  started = /* @__PURE__ */ new Map();
  workDir;
  ownsWorkDir;
  unsubscribe;
  lastRunId = 0;
  subscribe(listener) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  publish(u) {
    for (const l of this.listeners) l(u);
  }
  /** Resolves once no event is being matched and no run is queued or running (events runs cause included). */
  async idle() {
    for (; ; ) {
      const chain = this.chain;
      await chain;
      if (this.running.size === 0 && this.waiting.length === 0) {
        if (chain === this.chain) return;
        continue;
      }
      await Promise.race([...this.running.values(), new Promise((r) => setTimeout(r, 20))]);
    }
  }
  /** Stops what runs and removes the runs' files when they were in a temporary directory. */
  async close() {
    this.unsubscribe();
    for (const q of this.waiting) q.controller.abort("the forge is closing");
    for (const g of this.groups.values()) g.running?.controller.abort("the forge is closing");
    await Promise.allSettled(this.running.values());
    if (this.ownsWorkDir) rmSync4(this.workDir, { recursive: true, force: true });
  }
  fail(e, err) {
    this.publish({ type: "event-skipped", event: e, reason: `internal error while matching workflows: ${err.message}` });
  }
  skip(event, reason) {
    this.publish({ type: "event-skipped", event, reason });
  }
  /** GITHUB_SHA and GITHUB_REF for an event, and where its workflows are read from (`undefined`: no run). */
  async target(e) {
    const repo = e.repo;
    const defaultRef = `refs/heads/${repo.defaultBranch}`;
    if (e.type === "push" && e.push) {
      if (/^0+$/.test(e.push.after)) return "a deleted ref starts no push workflow";
      return { sha: e.push.after, ref: e.push.ref, compareFrom: e.push.before };
    }
    if (e.type === "workflow_dispatch" && e.dispatch) {
      const branch = e.dispatch.ref.replace(/^refs\/heads\//, "");
      const sha2 = await branchSha(repo.gitDir, branch);
      return sha2 ? { sha: sha2, ref: `refs/heads/${branch}` } : `ref '${e.dispatch.ref}' does not exist`;
    }
    if (e.pull !== void 0 && PULL_EVENT_TYPES.test(e.type)) {
      const issue = repo.issues.get(e.pull);
      const p = issue?.pull;
      if (!p) return "the pull request is gone";
      const head = await branchSha(repo.gitDir, p.headRef) ?? await branchSha(repo.gitDir, `refs/pull/${e.pull}/head`);
      const base = await branchSha(repo.gitDir, p.baseRef);
      if (!head || !base) return "the pull request's branches are gone";
      if (this.forge.flavour === "forgejo") {
        const sha2 = p.merged && p.mergeCommitSha ? p.mergeCommitSha : e.commit || head;
        return { sha: sha2, ref: `refs/pull/${e.pull}/head`, baseBranch: p.baseRef, compareFrom: base };
      }
      if (p.merged && p.mergeCommitSha) return { sha: p.mergeCommitSha, ref: `refs/pull/${e.pull}/merge`, baseBranch: p.baseRef, compareFrom: base };
      const merge = await mergeCommit(repo.gitDir, base, head, `Merge ${head} into ${base}`, { name: "GitHub", email: "noreply@github.com", date: `${Math.floor(Date.now() / 1e3)} +0000` });
      if (!merge) return "the pull request has merge conflicts: GitHub runs no pull_request workflow then";
      await setRef(repo.gitDir, `refs/pull/${e.pull}/merge`, merge);
      return { sha: merge, ref: `refs/pull/${e.pull}/merge`, baseBranch: p.baseRef, compareFrom: base };
    }
    const sha = await branchSha(repo.gitDir, repo.defaultBranch);
    return sha ? { sha, ref: defaultRef } : "the repository has no default branch";
  }
  async workflowFiles(repo, sha) {
    for (const dir of WORKFLOW_DIRS2[this.forge.flavour]) {
      const files = await listTree(repo.gitDir, sha, dir);
      if (files !== void 0) return files.filter((f) => /\.ya?ml$/.test(f)).sort();
    }
    return [];
  }
  async handle(e) {
    if (e.byJobToken && e.type !== "workflow_dispatch") return this.skip(e, "caused by a job token: events from the automatic token start no workflow");
    const target = await this.target(e);
    if (typeof target === "string") return this.skip(e, target);
    const repo = e.repo;
    let changed;
    for (const file of await this.workflowFiles(repo, target.sha)) {
      const text2 = await readBlob(repo.gitDir, target.sha, file);
      let workflow;
      try {
        workflow = await parseWorkflowFile(file, text2);
      } catch (err) {
        if (!(err instanceof WorkflowError)) throw err;
        if (mentions(text2, e.type)) this.failedRun(repo, e, file, target, err.problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`));
        continue;
      }
      const names = await matchWorkflow(this.forge.flavour, workflow.events, e, {
        workflowFile: file,
        ...target.baseBranch ? { baseBranch: target.baseBranch } : {},
        changedFiles: async () => changed ??= target.compareFrom ? await changedFiles(repo.gitDir, target.compareFrom, target.sha) : []
      });
      for (const name of names) this.enqueue(repo, e, workflow, name, target);
    }
  }
  newRun(repo, e, file, name, eventName, target) {
    const key = `${repo.fullName}:${file}`;
    const number2 = (this.numbers.get(key) ?? 0) + 1;
    this.numbers.set(key, number2);
    const id = ++this.lastRunId;
    const run = {
      id,
      number: number2,
      repo: repo.fullName,
      workflow: file,
      name,
      event: eventName,
      action: e.action,
      sha: target.sha,
      ref: target.ref,
      actor: e.sender,
      status: "queued",
      attempt: 1,
      jobs: [],
      problems: [],
      eventId: e.id,
      ...e.pull !== void 0 ? { pull: e.pull } : {},
      workDir: path17.join(this.workDir, String(id)),
      createdAt: this.forge.state.now()
    };
    this.runs.push(run);
    return run;
  }
  failedRun(repo, e, file, target, problems2) {
    const run = this.newRun(repo, e, file, file, e.type, target);
    run.problems = problems2;
    this.complete(run, "failure");
  }
  complete(run, conclusion) {
    run.status = "completed";
    run.conclusion = conclusion;
    run.completedAt = this.forge.state.now();
    this.publish({ type: "run-completed", run });
  }
  enqueue(repo, e, workflow, eventName, target) {
    const payload = e.payload;
    const host = this.host(repo);
    const request = { runId: 0, runNumber: 0, eventName, event: payload, sha: target.sha, ref: target.ref, actor: e.sender };
    let name = workflow.name;
    let group;
    try {
      name = runName(host, workflow, request);
      group = concurrencyGroup(host, workflow, request);
    } catch (err) {
      const run2 = this.newRun(repo, e, workflow.file, workflow.name, eventName, target);
      run2.problems = [err.message];
      return this.complete(run2, "failure");
    }
    const run = this.newRun(repo, e, workflow.file, name, eventName, target);
    const missing = unresolvedActions(host, workflow);
    if (missing.length > 0) {
      run.problems = missing;
      return this.complete(run, "failure");
    }
    if (group !== void 0 && this.options.concurrency !== false) run.concurrency = group;
    const q = {
      run,
      workflow,
      repo,
      event: e,
      payload,
      cancelInProgress: workflow.concurrency?.cancelInProgress ?? false,
      // Forgejo queues runs of a group; GitHub keeps one pending run (a newer one replaces it) unless `queue: max`.
      queueAll: this.forge.flavour === "forgejo" || workflow.concurrency?.queue === "max",
      controller: new AbortController()
    };
    this.started.set(run.id, q);
    this.schedule(q);
  }
  /**
   * Re-runs a completed run's job and every job that needs it (all its jobs when none is
   * named), as a new attempt: the other jobs keep their results, artifacts stay.
   */
  rerun(runId, job) {
    const first = this.started.get(runId);
    if (!first) throw new Error(`no workflow run ${runId}`);
    if (first.run.status !== "completed") throw new Error(`workflow run ${runId} is still ${first.run.status}`);
    const jobs = first.workflow.jobs;
    if (job !== void 0 && !jobs.some((j) => j.id === job)) throw new Error(`workflow run ${runId} has no job '${job}'`);
    const again = new Set(job === void 0 ? jobs.map((j) => j.id) : [job]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const j of jobs) {
        if (again.has(j.id) || !j.needs.some((n) => again.has(n))) continue;
        again.add(j.id);
        grew = true;
      }
    }
    const run = first.run;
    run.attempt += 1;
    run.status = "queued";
    delete run.conclusion;
    delete run.completedAt;
    const reuse = new Map(run.jobs.filter((j) => !again.has(j.id)).map((j) => [j.id, j]));
    const q = { ...first, controller: new AbortController(), reuse };
    this.started.set(run.id, q);
    this.schedule(q);
    return run;
  }
  /**
   * Cancels a queued or running run, as a person does on the forge (or a runner lost mid-job
   * looks to the run): running steps stop, and only steps whose `if:` holds on cancellation run.
   */
  cancel(runId) {
    const q = this.started.get(runId);
    if (!q) throw new Error(`no workflow run ${runId}`);
    if (q.run.status === "completed") return;
    let pending = false;
    for (const g of this.groups.values()) {
      const i = g.pending.indexOf(q);
      if (i >= 0) pending = Boolean(g.pending.splice(i, 1));
    }
    if (pending || this.waiting.includes(q)) return this.cancelQueued(q);
    q.controller.abort("the run was cancelled");
  }
  schedule(q) {
    const { run, repo } = q;
    const group = run.concurrency;
    if (group !== void 0) {
      const key = `${repo.fullName}\0${group.toLowerCase()}`;
      const g = this.groups.get(key) ?? { pending: [] };
      this.groups.set(key, g);
      if (q.cancelInProgress) {
        g.running?.controller.abort("cancelled by a newer run in its concurrency group");
        for (const p of g.pending.splice(0)) this.cancelQueued(p);
      }
      if (g.running || g.pending.length > 0) {
        if (!q.queueAll) for (const p of g.pending.splice(0)) this.cancelQueued(p);
        g.pending.push(q);
        this.publish({ type: "run-queued", run });
        return;
      }
      g.running = q;
    }
    this.waiting.push(q);
    this.publish({ type: "run-queued", run });
    this.pump();
  }
  cancelQueued(q) {
    const i = this.waiting.indexOf(q);
    if (i >= 0) this.waiting.splice(i, 1);
    this.complete(q.run, "cancelled");
  }
  /** Starts waiting runs while there is room. */
  pump() {
    const limit = this.options.maxParallelRuns ?? 4;
    while (this.running.size < limit && this.waiting.length > 0) {
      const q = this.waiting.shift();
      const p = this.execute(q).finally(() => {
        this.running.delete(q.run.id);
        this.release(q);
        this.pump();
      });
      this.running.set(q.run.id, p);
    }
  }
  /** A finished run frees its concurrency group for the next pending run. */
  release(q) {
    if (!q.run.concurrency) return;
    const key = `${q.repo.fullName}\0${q.run.concurrency.toLowerCase()}`;
    const g = this.groups.get(key);
    if (!g || g.running !== q) return;
    const next = g.pending.shift();
    g.running = next;
    if (next) this.waiting.push(next);
    else this.groups.delete(key);
  }
  async execute(q) {
    const { run, workflow, repo } = q;
    run.status = "in_progress";
    this.publish({ type: "run-started", run });
    const host = this.host(repo);
    const result = await runWorkflow(host, workflow, {
      runId: run.id,
      runNumber: run.number,
      attempt: run.attempt,
      ...q.reuse ? { reuse: q.reuse } : {},
      eventName: run.event,
      event: q.payload,
      sha: run.sha,
      ref: run.ref,
      actor: run.actor,
      workDir: run.workDir,
      signal: q.controller.signal,
      ...this.options.runnerEnv ? { runnerEnv: this.options.runnerEnv } : {},
      ...this.options.timeScale !== void 0 ? { timeScale: this.options.timeScale } : {},
      onEvent: (ev) => {
        if (ev.type === "job-finished") {
          run.jobs = [...run.jobs.filter((j) => j.id !== ev.job.id), ev.job];
          this.reportJob(q, ev.job);
        }
        this.publish({ run, ...ev });
      }
    });
    run.jobs = result.jobs;
    this.complete(run, result.conclusion);
    this.announceCompletion(q);
  }
  /** What the forge shows for a finished job: a check run on GitHub, a commit status on Forgejo (push and pull request runs only). */
  reportJob(q, job) {
    const { run, repo } = q;
    if (job.result === "skipped" && this.forge.flavour === "github") return;
    const state = this.forge.state;
    const sha = run.pull !== void 0 ? q.payload.pull_request?.head?.sha ?? run.sha : run.sha;
    const target = `${this.forge.url}/${repo.fullName}/actions/runs/${run.id}`;
    if (this.forge.flavour === "github") {
      const id = state.nextId();
      repo.checkRuns.set(id, {
        id,
        headSha: sha,
        name: job.name,
        status: "completed",
        conclusion: job.result,
        detailsUrl: target,
        externalId: String(run.id),
        title: null,
        summary: job.reason ?? null,
        text: null,
        startedAt: job.startedAt ?? null,
        completedAt: job.completedAt ?? state.now(),
        logFile: job.logFile
      });
      this.checksChanged(repo, sha);
      return;
    }
    if (run.event !== "push" && !run.event.startsWith("pull_request")) return;
    const stateOf = job.result === "success" || job.result === "skipped" ? "success" : "failure";
    const description = job.result === "success" ? "Successful" : job.result === "skipped" ? "Has been skipped" : job.result === "cancelled" ? "Has been cancelled" : "Failing";
    state.addStatus(repo, { sha, state: stateOf, context: `${q.workflow.name} / ${job.name} (${run.event})`, description, targetUrl: target, login: ACTIONS_USER.forgejo.login });
    this.checksChanged(repo, sha);
  }
  /** On the event chain, which `idle()` waits for: a merge it makes, and that merge's events, are part of settling. */
  checksChanged(repo, sha) {
    const hook = this.forge.checksChanged;
    if (!hook) return;
    this.chain = this.chain.then(() => hook(repo, sha)).catch((err) => this.publish({ type: "event-skipped", event: { id: 0, repo, type: "checks", action: "", payload: {}, sender: "", byJobToken: true, at: this.forge.state.now() }, reason: `internal error while merging on passed checks: ${err.message}` }));
  }
  /** GitHub's workflow_run event for a completed run, from the run's actor. */
  announceCompletion(q) {
    if (this.forge.flavour !== "github") return;
    const { run, repo } = q;
    const pr = run.pull !== void 0 ? repo.issues.get(run.pull) : void 0;
    const pullPayload = q.payload.pull_request;
    const runJson = {
      id: run.id,
      name: q.workflow.name,
      display_title: run.name,
      path: run.workflow,
      run_number: run.number,
      run_attempt: run.attempt,
      event: run.event,
      status: "completed",
      conclusion: run.conclusion,
      workflow_id: workflowId(run.workflow),
      head_branch: pr?.pull?.headRef ?? run.ref.replace(/^refs\/heads\//, ""),
      head_sha: pullPayload?.head?.sha ?? run.sha,
      url: `${this.forge.apiUrl}/repos/${repo.fullName}/actions/runs/${run.id}`,
      html_url: `${this.forge.url}/${repo.fullName}/actions/runs/${run.id}`,
      pull_requests: pr?.pull && pullPayload ? [{ number: pr.number, head: pullPayload.head, base: pullPayload.base }] : [],
      created_at: run.createdAt,
      updated_at: run.completedAt,
      run_started_at: run.createdAt,
      repository: q.payload.repository,
      head_repository: q.payload.repository,
      actor: q.payload.sender,
      triggering_actor: q.payload.sender
    };
    const sender = this.forge.state.user(run.actor);
    if (!sender) return;
    const depth = (q.event.workflowRun?.depth ?? 0) + 1;
    this.forge.events.emit({
      repo,
      type: "workflow_run",
      action: "completed",
      payload: { action: "completed", workflow_run: runJson, workflow: { id: runJson.workflow_id, name: q.workflow.name, path: run.workflow, state: "active" }, repository: q.payload.repository, sender: q.payload.sender },
      sender: sender.login,
      byJobToken: false,
      workflowRun: { name: q.workflow.name, depth },
      at: this.forge.state.now()
    });
  }
  host(repo) {
    const forge = this.forge;
    const options = this.options;
    return {
      flavour: forge.flavour,
      serverUrl: forge.url,
      apiUrl: forge.apiUrl,
      repository: repo.fullName,
      repositoryId: repo.id,
      gitUrl: forge.gitUrl(repo.owner, repo.name),
      issueToken: ({ runId, job, permissions: permissions2 }) => forge.jobToken({ repo: repo.fullName, runId, job, ...forge.flavour === "github" ? { scopes: scopesOf(permissions2, options.defaultPermissions ?? "restricted") } : {} }),
      secrets: Object.fromEntries(repo.secrets),
      vars: Object.fromEntries(repo.variables),
      resolveAction: (owner, sub) => {
        const dir = Object.entries(options.localActions ?? {}).find(([name]) => name.toLowerCase() === owner.toLowerCase())?.[1];
        if (!dir) return void 0;
        const full = path17.join(dir, sub);
        return existsSync11(path17.join(full, "action.yml")) || existsSync11(path17.join(full, "action.yaml")) ? full : void 0;
      }
    };
  }
};
function scopesOf(p, fallback) {
  if (!p) {
    if (fallback === "permissive") return Object.fromEntries(GITHUB_SCOPES.map((s) => [s, "write"]));
    return { contents: "read", packages: "read" };
  }
  const out = Object.fromEntries(GITHUB_SCOPES.map((s) => [s, p.all]));
  for (const [k, v] of Object.entries(p.scopes)) out[k] = v;
  return out;
}
function workflowId(file) {
  let h = 0;
  for (const c of file) h = h * 31 + c.charCodeAt(0) | 0;
  return Math.abs(h) || 1;
}
function mentions(text2, eventType) {
  try {
    const on = (0, import_yaml5.parse)(text2)?.on;
    if (typeof on === "string") return on === eventType;
    if (Array.isArray(on)) return on.includes(eventType);
    if (on && typeof on === "object") return eventType in on;
  } catch {
  }
  return true;
}

// src/localforge/events.ts
var EventLog = class {
  list = [];
  listeners = /* @__PURE__ */ new Set();
  lastId = 0;
  subscribe(listener) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  emit(event) {
    const e = { ...event, id: ++this.lastId };
    this.list.push(e);
    for (const l of this.listeners) l(e);
    return e;
  }
};

// src/localforge/faults.ts
var Faults = class {
  /** @param knownRoutes `"<METHOD> <template>"` keys the server serves, to catch typos early. */
  constructor(knownRoutes) {
    this.knownRoutes = knownRoutes;
  }
  knownRoutes;
  list = [];
  add(spec) {
    if (spec.route !== "*" && !this.knownRoutes.includes(spec.route)) {
      const hint = didYouMean(spec.route, this.knownRoutes);
      throw new Error(
        `Unknown route '${spec.route}' in fault. Expected "*" or "<METHOD> <template>" as listed by routes()${hint ? `; ${hint}` : "."}`
      );
    }
    const times = spec.times ?? 1;
    if (!Number.isInteger(times) || times < 1) throw new Error(`Invalid times '${String(spec.times)}' in fault. Expected a positive integer.`);
    if ("timeout" in spec && !(spec.timeout >= 0)) throw new Error(`Invalid timeout '${String(spec.timeout)}' in fault. Expected milliseconds >= 0.`);
    const fault = { spec, remaining: times, hits: 0 };
    this.list.push(fault);
    return fault;
  }
  /** Faults that still have requests to spoil, oldest first. */
  get pending() {
    return this.list.filter((f) => f.remaining > 0);
  }
  clear() {
    this.list.length = 0;
  }
  /** The fault to apply to a request, consuming one use of it. Oldest matching fault first. */
  take(routeKey2) {
    const fault = this.list.find((f) => f.remaining > 0 && (f.spec.route === "*" || f.spec.route === routeKey2));
    if (!fault) return void 0;
    fault.remaining--;
    fault.hits++;
    return fault;
  }
};

// src/localforge/hooks.ts
var FORGEJO_REVIEW_TYPES = {
  approved: "pull_request_review_approved",
  changes_requested: "pull_request_review_rejected",
  commented: "pull_request_review_comment"
};
var HookPayloads = class {
  constructor(flavour, present) {
    this.flavour = flavour;
    this.present = present;
  }
  flavour;
  present;
  repository(r) {
    const { permissions: _p, network_count: _n, subscribers_count: _s2, ...rest } = this.present.repo(r, "admin");
    return rest;
  }
  base(r, sender) {
    return { repository: this.repository(r), sender: this.present.user(sender) };
  }
  /** GitHub's webhook issue carries `draft` for plain issues too (the REST answer does not). */
  issue(r, i) {
    const issue = this.present.issue(r, i);
    return this.flavour === "github" ? { draft: false, ...issue } : issue;
  }
  pull(r, i, git4) {
    const pull = this.present.pull(r, i, git4);
    return this.flavour === "github" ? { ...pull, rebaseable: pull.mergeable ?? null } : pull;
  }
  /** `assignee`: the user an `assigned`/`unassigned` event is about; GitHub names it, Forgejo's IssuePayload has no such field. */
  issues(r, i, action, sender, label, assignee) {
    const labelPart = label ? { label: this.present.label(r, label) } : {};
    const assigneePart = assignee ? { assignee: this.present.user(assignee) } : {};
    if (this.flavour === "github") return { action, issue: this.issue(r, i), ...assigneePart, ...labelPart, ...this.base(r, sender) };
    return { action, number: i.number, issue: this.present.issue(r, i), ...labelPart, ...this.base(r, sender), commit_id: "" };
  }
  issueComment(r, i, c, action, sender, previousBody) {
    const changes = previousBody !== void 0 ? { changes: { body: { from: previousBody } } } : {};
    const common = { action, issue: this.issue(r, i), comment: this.present.comment(r, c), ...changes, ...this.base(r, sender) };
    return this.flavour === "github" ? common : { ...common, is_pull: Boolean(i.pull) };
  }
  pullRequest(r, i, git4, action, sender, extra = {}) {
    const pull = this.pull(r, i, git4);
    const labelPart = extra.label ? { label: this.present.label(r, extra.label) } : {};
    const assigneePart = extra.assignee ? { assignee: this.present.user(extra.assignee) } : {};
    if (this.flavour === "github") return { action, number: i.number, pull_request: pull, ...assigneePart, ...labelPart, ...this.base(r, sender) };
    return { action, number: i.number, pull_request: pull, ...labelPart, requested_reviewer: null, review: null, ...this.base(r, sender), commit_id: extra.commitId ?? "" };
  }
  /** A submitted review: GitHub `submitted` with the review; Forgejo `reviewed` with `{type, content}` only. */
  review(r, i, git4, rv, sender) {
    const pull = this.pull(r, i, git4);
    if (this.flavour === "github") {
      const review = { ...this.present.review(r, rv), state: rv.state };
      return { action: "submitted", review, pull_request: pull, ...this.base(r, sender) };
    }
    const type = FORGEJO_REVIEW_TYPES[rv.state];
    return { action: "reviewed", number: i.number, pull_request: pull, requested_reviewer: null, review: { type, content: rv.body }, ...this.base(r, sender), commit_id: rv.commitId };
  }
  /** GitHub's pull_request_review_comment, one per inline comment of a submitted review. */
  reviewComment(r, i, git4, c, sender) {
    return { action: "created", comment: this.present.reviewComment(r, c), pull_request: this.pull(r, i, git4), ...this.base(r, sender) };
  }
  push(r, p) {
    const commit = (c) => ({
      id: c.sha,
      message: c.message,
      timestamp: c.author.date,
      url: `${this.present.repo(r, "read").html_url}/commit/${c.sha}`,
      author: { name: c.author.name, email: c.author.email, ...this.flavour === "forgejo" ? { username: "" } : {} },
      committer: { name: c.author.name, email: c.author.email, ...this.flavour === "forgejo" ? { username: "" } : {} },
      ...this.flavour === "github" ? { tree_id: "", distinct: true, added: [], removed: [], modified: [] } : { added: [], removed: [], modified: [], verification: null }
    });
    const commits = p.commits.map(commit);
    const head = commits[0] ?? null;
    if (this.flavour === "github") {
      const zero = /^0+$/;
      return {
        ref: p.ref,
        before: p.before,
        after: p.after,
        base_ref: null,
        created: zero.test(p.before),
        deleted: zero.test(p.after),
        forced: false,
        compare: p.compare,
        commits,
        head_commit: head,
        pusher: { name: p.pusher.login, email: p.pusher.email },
        ...this.base(r, p.pusher)
      };
    }
    return {
      ref: p.ref,
      before: p.before,
      after: p.after,
      compare_url: p.compare,
      commits,
      total_commits: commits.length,
      head_commit: head,
      ...this.base(r, p.pusher),
      pusher: this.present.user(p.pusher)
    };
  }
  /** GitHub's status event. */
  status(r, st, sender) {
    return {
      id: st.id,
      sha: st.sha,
      name: r.fullName,
      target_url: st.targetUrl || null,
      context: st.context,
      description: st.description || null,
      state: st.state,
      commit: { sha: st.sha, url: `${this.present.repo(r, "read").url}/commits/${st.sha}` },
      branches: [],
      created_at: st.createdAt,
      updated_at: st.updatedAt,
      ...this.base(r, sender)
    };
  }
  /** GitHub's check_run event. */
  checkRun(r, run, action, sender) {
    return { action, check_run: this.present.checkRun(r, run), ...this.base(r, sender) };
  }
  workflowDispatch(r, ref, inputs, workflowFile, sender) {
    return { inputs, ref, ...this.base(r, sender), workflow: workflowFile };
  }
  /**
   * A scheduled run's event. GitHub: `schedule` (the cron that fired), `workflow`, the
   * repository and sender. Forgejo: SchedulePayload, `{"action": "schedule"}` and nothing
   * else (modules/structs/hook.go): a run cannot tell which of its crons fired.
   */
  schedule(r, cron, workflowFile, sender) {
    if (this.flavour === "forgejo") return { action: "schedule" };
    return { schedule: cron, workflow: workflowFile, ...this.base(r, sender) };
  }
  /** GitHub's workflow_run event for a finished run. */
  workflowRun(r, run, sender) {
    return { action: "completed", workflow_run: run, workflow: { id: run.workflow_id, name: run.name, path: run.path, state: "active" }, ...this.base(r, sender) };
  }
};

// src/localforge/reply.ts
function ok(body, status = 200) {
  return { status, body };
}
function created(body) {
  return { status: 201, body };
}
function noContent() {
  return { status: 204 };
}
var ApiError = class extends Error {
  constructor(status, message, errors = []) {
    super(message);
    this.status = status;
    this.errors = errors;
    this.name = "ApiError";
  }
  status;
  errors;
};
var notFound = (what = "Not Found") => new ApiError(404, what);
var forbidden = (what) => new ApiError(403, what);
var unprocessable = (message, errors = []) => new ApiError(422, message, errors);
var MAX_BODY = 10 * 1024 * 1024;
async function readJson(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    const b = chunk;
    size += b.length;
    if (size > MAX_BODY) throw new ApiError(413, "Request body too large");
    chunks.push(b);
  }
  const text2 = Buffer.concat(chunks).toString("utf8").trim();
  if (text2 === "") return void 0;
  try {
    return JSON.parse(text2);
  } catch {
    throw new ApiError(400, "Problems parsing JSON");
  }
}
function asObject(body) {
  if (body === void 0) return {};
  if (body === null || typeof body !== "object" || Array.isArray(body)) throw new ApiError(400, "Body should be a JSON object");
  return body;
}
function str(o, key, resource) {
  const v = o[key];
  if (v === void 0 || v === null) return void 0;
  if (typeof v !== "string") throw unprocessable("Validation Failed", [{ resource, field: key, code: "invalid" }]);
  return v;
}
function requiredStr(o, key, resource) {
  const v = str(o, key, resource);
  if (v === void 0 || v.trim() === "") throw unprocessable("Validation Failed", [{ resource, field: key, code: "missing_field" }]);
  return v;
}
function bool(o, key, resource) {
  const v = o[key];
  if (v === void 0 || v === null) return void 0;
  if (typeof v !== "boolean") throw unprocessable("Validation Failed", [{ resource, field: key, code: "invalid" }]);
  return v;
}
function stringList(o, key, resource) {
  const v = o[key];
  if (v === void 0 || v === null) return void 0;
  if (!Array.isArray(v) || !v.every((x) => typeof x === "string"))
    throw unprocessable("Validation Failed", [{ resource, field: key, code: "invalid" }]);
  return v;
}

// src/localforge/context.ts
function repoRoute(method, template, need, handle, flavours) {
  return { scope: "repo", method, template, need, handle, ...flavours ? { flavours } : {} };
}
function userRoute(method, template, handle, flavours) {
  return { scope: "user", method, template, handle, ...flavours ? { flavours } : {} };
}
function intParam(ctx, name) {
  const raw = ctx.params[name] ?? "";
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(n) || n <= 0) throw notFound();
  return n;
}
function emit(ctx, e) {
  ctx.core.events.emit({ repo: ctx.repo, sender: ctx.user.login, byJobToken: ctx.token.job !== void 0, at: ctx.core.state.now(), ...e });
}

// src/localforge/emit.ts
async function pullGit(ctx, issue, withStats) {
  const p = issue.pull;
  const headSha = await branchSha(ctx.repo.gitDir, p.headRef) ?? "";
  const baseSha = await branchSha(ctx.repo.gitDir, p.baseRef) ?? "";
  if (!withStats || !headSha || !baseSha) return { headSha, baseSha };
  return { headSha, baseSha, stats: await diffStats(ctx.repo.gitDir, baseSha, headSha) };
}
var FORGEJO_PULL_TYPES = {
  label_updated: "pull_request_label",
  label_cleared: "pull_request_label",
  synchronized: "pull_request_sync",
  review_requested: "pull_request_review_request",
  review_request_removed: "pull_request_review_request",
  assigned: "pull_request_assign",
  unassigned: "pull_request_assign"
};
var FORGEJO_ISSUE_TYPES = { label_updated: "issue_label", label_cleared: "issue_label", assigned: "issue_assign", unassigned: "issue_assign" };
async function pullEvent(ctx, issue, action, extra = {}) {
  const git4 = await pullGit(ctx, issue, true);
  const type = ctx.core.flavour === "github" ? "pull_request" : FORGEJO_PULL_TYPES[action] ?? "pull_request";
  emit(ctx, { type, action, pull: issue.number, payload: ctx.core.hooks.pullRequest(ctx.repo, issue, git4, action, ctx.user, extra) });
}
async function issueEvent(ctx, issue, action, label) {
  if (issue.pull) return pullEvent(ctx, issue, action, label ? { label } : {});
  const type = ctx.core.flavour === "github" ? "issues" : FORGEJO_ISSUE_TYPES[action] ?? "issues";
  emit(ctx, { type, action, payload: ctx.core.hooks.issues(ctx.repo, issue, action, ctx.user, label) });
}
async function assigneeEvents(ctx, issue, before) {
  const user = (login) => ctx.core.state.user(login);
  const added = issue.assignees.filter((l) => !before.includes(l));
  const removed = before.filter((l) => !issue.assignees.includes(l));
  const changes = [...added.map((l) => ["assigned", l]), ...removed.map((l) => ["unassigned", l])];
  for (const [action, login] of changes) {
    const assignee = user(login);
    if (issue.pull) {
      await pullEvent(ctx, issue, action, assignee ? { assignee } : {});
      continue;
    }
    const type = ctx.core.flavour === "github" ? "issues" : FORGEJO_ISSUE_TYPES[action];
    emit(ctx, { type, action, payload: ctx.core.hooks.issues(ctx.repo, issue, action, ctx.user, void 0, assignee) });
  }
}
function commentEvent(ctx, issue, comment, action, previousBody) {
  const type = ctx.core.flavour === "forgejo" && issue.pull ? "pull_request_comment" : "issue_comment";
  emit(ctx, { type, action, ...issue.pull ? { pull: issue.number } : {}, payload: ctx.core.hooks.issueComment(ctx.repo, issue, comment, action, ctx.user, previousBody) });
}
async function reviewEvent(ctx, issue, review) {
  const git4 = await pullGit(ctx, issue, true);
  const { hooks, flavour } = ctx.core;
  if (flavour === "github") {
    emit(ctx, { type: "pull_request_review", action: "submitted", pull: issue.number, commit: review.commitId, payload: hooks.review(ctx.repo, issue, git4, review, ctx.user) });
    for (const c of ctx.repo.reviewComments.values()) {
      if (c.reviewId === review.id) emit(ctx, { type: "pull_request_review_comment", action: "created", pull: issue.number, payload: hooks.reviewComment(ctx.repo, issue, git4, c, ctx.user) });
    }
    return;
  }
  const type = FORGEJO_REVIEW_TYPES[review.state];
  if (!type) return;
  emit(ctx, { type, action: "reviewed", pull: issue.number, commit: review.commitId, payload: hooks.review(ctx.repo, issue, git4, review, ctx.user) });
}
async function labelEvents(ctx, issue, before, mode, requested) {
  const label = (id) => ctx.repo.labels.get(id);
  if (ctx.core.flavour === "github") {
    for (const id of issue.labelIds.filter((x) => !before.includes(x))) await issueEvent(ctx, issue, "labeled", label(id));
    for (const id of before.filter((x) => !issue.labelIds.includes(x))) await issueEvent(ctx, issue, "unlabeled", label(id));
    return;
  }
  if (mode === "add") for (const l of requested) await issueEvent(ctx, issue, "label_updated", l);
  if (mode === "replace") {
    for (const id of issue.labelIds) await issueEvent(ctx, issue, "label_updated", label(id));
    for (const id of before) await issueEvent(ctx, issue, "label_cleared", label(id));
  }
  if (mode === "remove") for (const l of requested) await issueEvent(ctx, issue, "label_cleared", l);
}
async function pushEvents(ctx, before, after) {
  const zero = "0".repeat(40);
  const refs = /* @__PURE__ */ new Set([...before.keys(), ...after.keys()]);
  for (const ref of [...refs].sort()) {
    const from = before.get(ref) ?? zero;
    const to = after.get(ref) ?? zero;
    if (from === to) continue;
    const commits = to === zero ? [] : await newCommits(ctx.repo.gitDir, from === zero ? void 0 : from, to);
    emit(ctx, {
      type: "push",
      action: "",
      push: { ref, before: from, after: to },
      payload: ctx.core.hooks.push(ctx.repo, {
        ref,
        before: from,
        after: to,
        commits: commits.map((c) => ({ sha: c.sha, message: c.message, author: c.author })),
        pusher: ctx.user,
        compare: `${ctx.core.urls.web}/${ctx.repo.fullName}/compare/${from.slice(0, 12)}...${to.slice(0, 12)}`
      })
    });
    if (!ref.startsWith("refs/heads/") || to === zero) continue;
    const branch = ref.slice("refs/heads/".length);
    for (const issue of ctx.repo.issues.values()) {
      if (!issue.pull || issue.state !== "open" || issue.pull.headRef !== branch) continue;
      await setRef(ctx.repo.gitDir, `refs/pull/${issue.number}/head`, to);
      await pullEvent(ctx, issue, ctx.core.flavour === "github" ? "synchronize" : "synchronized");
    }
  }
}

// src/localforge/http-backend.ts
import { spawn as spawn4 } from "node:child_process";
function serveGit(req, res, cgi, beforeEnd) {
  return new Promise((resolve) => {
    const env = {
      GIT_PROJECT_ROOT: cgi.projectRoot,
      GIT_HTTP_EXPORT_ALL: "1",
      PATH_INFO: cgi.pathInfo,
      REQUEST_METHOD: req.method ?? "GET",
      QUERY_STRING: cgi.query,
      CONTENT_TYPE: req.headers["content-type"] ?? "",
      REMOTE_USER: cgi.remoteUser,
      REMOTE_ADDR: req.socket.remoteAddress ?? "127.0.0.1",
      GATEWAY_INTERFACE: "CGI/1.1",
      SERVER_PROTOCOL: `HTTP/${req.httpVersion}`
    };
    const length = req.headers["content-length"];
    if (length !== void 0) env.CONTENT_LENGTH = length;
    const encoding = req.headers["content-encoding"];
    if (encoding !== void 0) env.HTTP_CONTENT_ENCODING = encoding;
    const protocol = req.headers["git-protocol"];
    if (typeof protocol === "string") env.GIT_PROTOCOL = protocol;
    const child = spawn4("git", ["http-backend"], { env: gitEnv(env), stdio: ["pipe", "pipe", "pipe"] });
    const stderr = [];
    child.stderr.on("data", (b) => stderr.push(b));
    child.stdin.on("error", () => {
    });
    req.pipe(child.stdin);
    let head = Buffer.alloc(0);
    let headersSent = false;
    child.stdout.on("data", (chunk) => {
      if (headersSent) {
        res.write(chunk);
        return;
      }
      head = Buffer.concat([head, chunk]);
      const split = headerEnd(head);
      if (!split) return;
      writeCgiHeaders(res, head.subarray(0, split.at).toString("latin1"));
      headersSent = true;
      const rest = head.subarray(split.at + split.length);
      if (rest.length > 0) res.write(rest);
    });
    child.on("error", (err) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
      res.end(`git http-backend failed to start: ${err.message}
`);
      resolve();
    });
    child.on("close", (code) => {
      if (!headersSent) {
        if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
        res.end(`git http-backend exited with ${code}: ${Buffer.concat(stderr).toString("utf8")}
`);
        resolve();
        return;
      }
      const end = () => {
        res.end();
        resolve();
      };
      if (!beforeEnd) return end();
      beforeEnd().then(end, (err) => {
        res.destroy(err instanceof Error ? err : new Error(String(err)));
        resolve();
      });
    });
    res.on("close", () => {
      if (child.exitCode === null) child.kill();
    });
  });
}
function headerEnd(buf) {
  const crlf = buf.indexOf("\r\n\r\n");
  const lf = buf.indexOf("\n\n");
  if (crlf >= 0 && (lf < 0 || crlf < lf)) return { at: crlf, length: 4 };
  if (lf >= 0) return { at: lf, length: 2 };
  return void 0;
}
function writeCgiHeaders(res, block) {
  let status = 200;
  let reason;
  const headers = {};
  for (const line of block.split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    if (name.toLowerCase() === "status") {
      const m = /^(\d{3})\s*(.*)$/.exec(value);
      if (m) {
        status = Number(m[1]);
        reason = m[2] || void 0;
      }
      continue;
    }
    const key = name.toLowerCase();
    const prev = headers[key];
    headers[key] = prev === void 0 ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  if (reason) res.writeHead(status, reason, headers);
  else res.writeHead(status, headers);
}

// src/localforge/merging.ts
var passed = (state) => state === "success";
function checksOf(repo, sha, flavour) {
  const out = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  for (const s of [...repo.statuses].reverse()) {
    if (s.sha !== sha || seen.has(s.context)) continue;
    seen.add(s.context);
    out.set(s.context, passed(s.state) || s.state === "skipped" ? "success" : s.state === "pending" ? "pending" : "failure");
  }
  if (flavour === "github") {
    for (const c of [...repo.checkRuns.values()].sort((a, b) => b.id - a.id)) {
      if (c.headSha !== sha || out.has(c.name)) continue;
      out.set(c.name, c.status !== "completed" ? "pending" : ["success", "neutral", "skipped"].includes(c.conclusion ?? "") ? "success" : "failure");
    }
  }
  return out;
}
function approvals(repo, issue) {
  const latest = /* @__PURE__ */ new Map();
  for (const r of [...repo.reviews.values()].filter((r2) => r2.number === issue.number).sort((a, b) => a.id - b.id)) {
    if (r.login.toLowerCase() === issue.login.toLowerCase() || r.state === "commented" || r.state === "pending" || r.state === "review_requested") continue;
    latest.set(r.login.toLowerCase(), r.state);
  }
  return [...latest.values()].filter((s) => s === "approved").length;
}
function protectionOf(repo, branch) {
  return repo.protections.get(branch);
}
function unmetRequirements(repo, issue, headSha, flavour) {
  const p = protectionOf(repo, issue.pull.baseRef);
  if (!p) return [];
  const checks = checksOf(repo, headSha, flavour);
  const out = [];
  for (const name of p.requiredChecks) {
    const state = checks.get(name);
    if (state !== "success") out.push(`Required status check "${name}" is ${state === void 0 || state === "pending" ? "expected" : "failing"}.`);
  }
  const have = approvals(repo, issue);
  if (have < p.requiredApprovals) out.push(`At least ${p.requiredApprovals} approving review${p.requiredApprovals === 1 ? " is" : "s are"} required by reviewers with write access.`);
  return out;
}
function githubMergeState(repo, issue, headSha) {
  if (issue.pull.draft) return "draft";
  if (unmetRequirements(repo, issue, headSha, "github").length > 0) return "blocked";
  const required = new Set(protectionOf(repo, issue.pull.baseRef)?.requiredChecks ?? []);
  return [...checksOf(repo, headSha, "github")].some(([name, state]) => !required.has(name) && state !== "success") ? "unstable" : "clean";
}
function forgejoChecksPass(repo, issue, headSha) {
  const checks = checksOf(repo, headSha, "forgejo");
  const required = protectionOf(repo, issue.pull.baseRef)?.requiredChecks ?? [];
  if (required.length > 0) return required.every((c) => checks.get(c) === "success");
  return checks.size > 0 && [...checks.values()].every((s) => s === "success");
}
function mayMerge(repo, issue, login) {
  const mergers = protectionOf(repo, issue.pull.baseRef)?.mergers;
  return !mergers || mergers.some((m) => m.toLowerCase() === login.toLowerCase());
}
async function mergeNow(ctx, issue, m) {
  const { state } = ctx.core;
  const p = issue.pull;
  const { headSha, baseSha } = await pullGit(ctx, issue, false);
  const title = m.title ?? `Merge pull request #${issue.number} from ${p.headRef}`;
  const when = `${Math.floor(new Date(state.now()).getTime() / 1e3)} +0000`;
  const author = { name: ctx.user.name, email: ctx.user.email, date: when };
  const sha = await mergeCommit(ctx.repo.gitDir, baseSha, headSha, m.message ? `${title}

${m.message}` : title, author, m.method === "squash");
  if (!sha) return void 0;
  await setRef(ctx.repo.gitDir, `refs/heads/${p.baseRef}`, sha);
  p.merged = true;
  p.mergedAt = state.now();
  p.mergedBy = ctx.user.login;
  p.mergeCommitSha = sha;
  delete p.autoMerge;
  state.setIssueState(issue, "closed");
  emit(ctx, {
    type: "push",
    action: "",
    push: { ref: `refs/heads/${p.baseRef}`, before: baseSha, after: sha },
    payload: ctx.core.hooks.push(ctx.repo, { ref: `refs/heads/${p.baseRef}`, before: baseSha, after: sha, commits: [{ sha, message: title, author }], pusher: ctx.user, compare: `${ctx.core.urls.web}/${ctx.repo.fullName}/compare/${baseSha}...${sha}` })
  });
  await pullEvent(ctx, issue, "closed", { commitId: sha });
  return sha;
}
async function runAutoMerges(ctx, only) {
  const { core, repo } = ctx;
  for (const issue of [...repo.issues.values()]) {
    const p = issue.pull;
    const auto = p?.autoMerge;
    if (!p || !auto || issue.state !== "open" || p.merged) continue;
    if (only?.pull !== void 0 && issue.number !== only.pull) continue;
    const user = core.state.user(auto.enabledBy);
    if (!user) continue;
    const token = { login: user.login, cap: "write", ...auto.job ? { job: auto.job } : {} };
    const as = { core, repo, user, token };
    const { headSha } = await pullGit(as, issue, false);
    if (only?.sha !== void 0 && headSha !== only.sha) continue;
    const ready = core.flavour === "github" ? githubMergeState(repo, issue, headSha) === "clean" : forgejoChecksPass(repo, issue, headSha) && unmetRequirements(repo, issue, headSha, "forgejo").length === 0 && mayMerge(repo, issue, auto.enabledBy);
    if (!ready) continue;
    await mergeNow(as, issue, { method: auto.method, ...auto.commitTitle ? { title: auto.commitTitle } : {}, ...auto.commitMessage ? { message: auto.commitMessage } : {} });
  }
}

// src/localforge/present.ts
var BasePresenter = class {
  constructor(state, urls) {
    this.state = state;
    this.urls = urls;
  }
  state;
  urls;
  /** The record for a login, or a placeholder like the forges' "ghost" user. */
  userRec(login) {
    return this.state.user(login) ?? { id: 0, login, type: "User", siteAdmin: false, name: login, email: "", createdAt: this.state.now() };
  }
  repoApi(r) {
    return `${this.urls.api}/repos/${r.fullName}`;
  }
  repoWeb(r) {
    return `${this.urls.web}/${r.fullName}`;
  }
  labelsOf(r, i) {
    return i.labelIds.map((id) => r.labels.get(id)).filter((l) => l !== void 0);
  }
  commentCount(r, i) {
    return this.state.commentsOf(r, i.number).length;
  }
  reviewCommentCount(r, number2) {
    return [...r.reviewComments.values()].filter((c) => c.number === number2).length;
  }
};
function nodeId(kind, id) {
  return Buffer.from(`0:${kind}${id}`).toString("base64").replace(/=+$/, "");
}
var REACTIONS = ["+1", "-1", "laugh", "confused", "heart", "hooray", "rocket", "eyes"];

// src/localforge/types.ts
var RANK = { none: 0, read: 1, write: 2, admin: 3 };
function atLeast(have, need) {
  return RANK[have] >= RANK[need];
}
function weakest(a, b) {
  return RANK[a] <= RANK[b] ? a : b;
}
function isPermission(x) {
  return typeof x === "string" && x in RANK;
}

// src/localforge/graphql.ts
var MUTATION = /^\s*mutation(?:\s+\w+)?\s*\(\s*\$(\w+)\s*:\s*EnablePullRequestAutoMergeInput!\s*\)\s*\{\s*enablePullRequestAutoMerge\s*\(\s*input\s*:\s*\$(\w+)\s*\)\s*\{\s*clientMutationId\s*\}\s*\}\s*$/;
var INPUT_FIELDS = ["pullRequestId", "mergeMethod", "expectedHeadOid", "commitHeadline", "commitBody", "authorEmail", "clientMutationId"];
var METHODS = { MERGE: "merge", SQUASH: "squash", REBASE: void 0 };
var fail = (type, message) => ({
  data: { enablePullRequestAutoMerge: null },
  errors: [{ type, path: ["enablePullRequestAutoMerge"], locations: [{ line: 1, column: 1 }], message }]
});
function pullByNodeId(core, caller, id) {
  for (const repo of core.state.repos.values()) {
    for (const issue of repo.issues.values()) {
      if (!issue.pull || nodeId("PullRequest", issue.pull.id) !== id) continue;
      const job = caller.token.job;
      const permission = job ? weakest(jobPermission(job, repo, "/repos/{owner}/{repo}/pulls/{number}/merge", true), jobPermission(job, repo, "/repos/{owner}/{repo}/pulls/{number}", true)) : weakest(core.state.permission(repo, caller.user.login), caller.token.cap);
      return atLeast(permission, "read") ? { repo, issue, permission } : void 0;
    }
  }
  return void 0;
}
async function answerGraphql(core, caller, body) {
  const b = body ?? {};
  const m = typeof b.query === "string" ? MUTATION.exec(b.query) : null;
  if (!m || m[1] !== m[2]) {
    return {
      errors: [
        {
          message: "The local forge's GraphQL endpoint serves one document: mutation($input: EnablePullRequestAutoMergeInput!) { enablePullRequestAutoMerge(input: $input) { clientMutationId } }"
        }
      ]
    };
  }
  const input = b.variables?.[m[1]];
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    return { errors: [{ message: `Variable $${m[1]} of type EnablePullRequestAutoMergeInput! was provided invalid value` }] };
  }
  const fields = input;
  const unknown = Object.keys(fields).find((k) => !INPUT_FIELDS.includes(k));
  if (unknown !== void 0) return { errors: [{ message: `Variable $${m[1]} of type EnablePullRequestAutoMergeInput! was provided invalid value for ${unknown} (Field is not defined on EnablePullRequestAutoMergeInput)` }] };
  if (typeof fields.pullRequestId !== "string") return { errors: [{ message: `Variable $${m[1]} of type EnablePullRequestAutoMergeInput! was provided invalid value for pullRequestId (Expected value to not be null)` }] };
  const methodName = fields.mergeMethod === void 0 ? "MERGE" : fields.mergeMethod;
  if (typeof methodName !== "string" || !(methodName in METHODS)) return { errors: [{ message: `Variable $${m[1]} of type EnablePullRequestAutoMergeInput! was provided invalid value for mergeMethod` }] };
  const found = pullByNodeId(core, caller, fields.pullRequestId);
  if (!found) return fail("NOT_FOUND", `Could not resolve to a node with the global id of '${fields.pullRequestId}'`);
  const { repo, issue, permission } = found;
  if (!atLeast(permission, "write")) return fail("FORBIDDEN", "Resource not accessible by integration");
  const method = METHODS[methodName];
  if (!method) return fail("UNPROCESSABLE", "Pull request Merge method rebase is not supported by the local forge; use MERGE or SQUASH");
  const p = issue.pull;
  if (issue.state !== "open" || p.merged) return fail("UNPROCESSABLE", "Pull request Pull request is closed");
  if (!repo.allowAutoMerge) return fail("UNPROCESSABLE", "Pull request Auto merge is not allowed for this repository");
  const ctx = { core, repo, user: caller.user, token: caller.token };
  const { headSha } = await pullGit(ctx, issue, false);
  if (typeof fields.expectedHeadOid === "string" && fields.expectedHeadOid !== headSha) return fail("UNPROCESSABLE", "Pull request Head branch was modified. Review and try the merge again.");
  const state = githubMergeState(repo, issue, headSha);
  if (state !== "blocked") return fail("UNPROCESSABLE", `Pull request Pull request is in ${state} status`);
  p.autoMerge = {
    method,
    enabledBy: caller.user.login,
    ...caller.token.job ? { job: caller.token.job } : {},
    ...typeof fields.commitHeadline === "string" ? { commitTitle: fields.commitHeadline } : {},
    ...typeof fields.commitBody === "string" ? { commitMessage: fields.commitBody } : {},
    at: core.state.now()
  };
  core.state.touch(issue);
  await pullEvent(ctx, issue, "auto_merge_enabled");
  return { data: { enablePullRequestAutoMerge: { clientMutationId: typeof fields.clientMutationId === "string" ? fields.clientMutationId : null } } };
}

// src/localforge/present-forgejo.ts
var REVIEW_STATE = {
  approved: "APPROVED",
  changes_requested: "REQUEST_CHANGES",
  commented: "COMMENT",
  pending: "PENDING",
  review_requested: "REQUEST_REVIEW"
};
var WIP_PREFIXES = ["WIP:", "[WIP]"];
function isWorkInProgress(title) {
  return WIP_PREFIXES.some((p) => title.toUpperCase().startsWith(p.toUpperCase()));
}
var STATUS_PRIORITY = ["error", "failure", "warning", "pending", "success"];
var ForgejoPresenter = class extends BasePresenter {
  user(u) {
    return {
      id: u.id,
      login: u.login,
      login_name: "",
      source_id: 0,
      full_name: u.name === u.login ? "" : u.name,
      email: u.email,
      avatar_url: `${this.urls.web}/avatars/${u.login}`,
      html_url: `${this.urls.web}/${u.login}`,
      language: "",
      is_admin: u.siteAdmin,
      last_login: u.createdAt,
      created: u.createdAt,
      restricted: false,
      active: true,
      prohibit_login: false,
      location: "",
      pronouns: "",
      website: "",
      description: "",
      visibility: "public",
      followers_count: 0,
      following_count: 0,
      starred_repos_count: 0
    };
  }
  profile(u) {
    return this.user(u);
  }
  login(login) {
    return this.user(this.userRec(login));
  }
  brief(r) {
    return { id: r.id, name: r.name, owner: r.owner, full_name: r.fullName };
  }
  repo(r, perm) {
    const issues = [...r.issues.values()];
    return {
      id: r.id,
      owner: this.login(r.owner),
      name: r.name,
      full_name: r.fullName,
      description: r.description,
      empty: false,
      private: true,
      fork: false,
      template: false,
      parent: null,
      mirror: false,
      size: 0,
      html_url: this.repoWeb(r),
      url: this.repoApi(r),
      link: "",
      ssh_url: "",
      clone_url: `${this.repoWeb(r)}.git`,
      original_url: "",
      website: "",
      stars_count: 0,
      forks_count: 0,
      watchers_count: 0,
      open_issues_count: issues.filter((i) => !i.pull && i.state === "open").length,
      open_pr_counter: issues.filter((i) => i.pull && i.state === "open").length,
      release_counter: 0,
      default_branch: r.defaultBranch,
      archived: false,
      created_at: r.createdAt,
      updated_at: r.createdAt,
      permissions: { admin: perm === "admin", push: atLeast(perm, "write"), pull: atLeast(perm, "read") },
      has_issues: true,
      has_pull_requests: true,
      has_actions: true,
      object_format_name: "sha1"
    };
  }
  label(r, l) {
    return {
      id: l.id,
      name: l.name,
      exclusive: false,
      is_archived: false,
      color: l.color,
      description: l.description,
      url: `${this.repoApi(r)}/labels/${l.id}`
    };
  }
  htmlOf(r, i) {
    return `${this.repoWeb(r)}/${i.pull ? "pulls" : "issues"}/${i.number}`;
  }
  issue(r, i) {
    return {
      id: i.id,
      url: `${this.repoApi(r)}/issues/${i.number}`,
      html_url: this.htmlOf(r, i),
      number: i.number,
      user: this.login(i.login),
      original_author: "",
      original_author_id: 0,
      title: i.title,
      body: i.body,
      ref: "",
      assets: [],
      labels: this.labelsOf(r, i).map((l) => this.label(r, l)),
      milestone: null,
      // Forgejo leaves both unset (null) when nobody is assigned (services/convert/issue.go).
      assignee: i.assignees[0] !== void 0 ? this.login(i.assignees[0]) : null,
      assignees: i.assignees.length > 0 ? i.assignees.map((l) => this.login(l)) : null,
      state: i.state,
      is_locked: false,
      comments: this.commentCount(r, i),
      created_at: i.createdAt,
      updated_at: i.updatedAt,
      closed_at: i.closedAt,
      due_date: null,
      pull_request: i.pull ? { merged: i.pull.merged, merged_at: i.pull.mergedAt, draft: isWorkInProgress(i.title), html_url: this.htmlOf(r, i) } : null,
      repository: this.brief(r),
      pin_order: 0
    };
  }
  comment(r, c) {
    const issue = r.issues.get(c.issueNumber);
    const html = issue ? this.htmlOf(r, issue) : `${this.repoWeb(r)}/issues/${c.issueNumber}`;
    return {
      id: c.id,
      html_url: `${html}#issuecomment-${c.id}`,
      pull_request_url: issue?.pull ? html : "",
      issue_url: issue?.pull ? "" : html,
      user: this.login(c.login),
      original_author: "",
      original_author_id: 0,
      body: c.body,
      assets: [],
      created_at: c.createdAt,
      updated_at: c.updatedAt
    };
  }
  /** Forgejo reactions have no id. */
  reaction(x) {
    return { user: this.login(x.login), content: x.content, created_at: x.createdAt };
  }
  prRef(r, ref, sha) {
    return { label: ref, ref, sha, repo_id: r.id, repo: this.repo(r, "none") };
  }
  pull(r, i, git4) {
    const p = i.pull;
    const html = this.htmlOf(r, i);
    return {
      id: p.id,
      url: html,
      number: i.number,
      user: this.login(i.login),
      title: i.title,
      body: i.body,
      labels: this.labelsOf(r, i).map((l) => this.label(r, l)),
      milestone: null,
      assignee: i.assignees[0] !== void 0 ? this.login(i.assignees[0]) : null,
      assignees: i.assignees.length > 0 ? i.assignees.map((l) => this.login(l)) : null,
      requested_reviewers: p.requestedReviewers.map((l) => this.login(l)),
      requested_reviewers_teams: [],
      state: i.state,
      draft: isWorkInProgress(i.title),
      is_locked: false,
      comments: this.commentCount(r, i),
      review_comments: this.reviewCommentCount(r, i.number),
      additions: git4.stats?.additions ?? 0,
      deletions: git4.stats?.deletions ?? 0,
      changed_files: git4.stats?.changedFiles ?? 0,
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      mergeable: i.state === "open",
      merged: p.merged,
      merged_at: p.mergedAt,
      merge_commit_sha: null,
      merged_by: null,
      allow_maintainer_edit: false,
      base: this.prRef(r, p.baseRef, git4.baseSha),
      head: this.prRef(r, p.headRef, git4.headSha),
      merge_base: git4.stats?.mergeBase ?? git4.baseSha,
      due_date: null,
      created_at: i.createdAt,
      updated_at: i.updatedAt,
      closed_at: i.closedAt,
      pin_order: 0,
      flow: p.flow ?? 0
    };
  }
  review(r, rv) {
    const html = `${this.repoWeb(r)}/pulls/${rv.number}`;
    const writer = atLeast(this.state.permission(r, rv.login), "write");
    return {
      id: rv.id,
      user: this.login(rv.login),
      team: null,
      state: REVIEW_STATE[rv.state],
      body: rv.body,
      commit_id: rv.commitId,
      stale: false,
      official: writer && (rv.state === "approved" || rv.state === "changes_requested"),
      dismissed: rv.dismissed ?? false,
      comments_count: [...r.reviewComments.values()].filter((c) => c.reviewId === rv.id).length,
      submitted_at: rv.submittedAt ?? rv.createdAt,
      updated_at: rv.submittedAt ?? rv.createdAt,
      html_url: `${html}#issuecomment-${rv.id}`,
      pull_request_url: html
    };
  }
  reviewComment(r, c) {
    const html = `${this.repoWeb(r)}/pulls/${c.number}`;
    return {
      id: c.id,
      body: c.body,
      user: this.login(c.login),
      resolver: null,
      pull_request_review_id: c.reviewId,
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      path: c.path,
      commit_id: c.commitId,
      original_commit_id: c.commitId,
      diff_hunk: "",
      // The line on the side it is on; the other is 0 (services/convert/pull_review.go).
      position: c.side === "RIGHT" ? c.line : 0,
      original_position: c.side === "LEFT" ? c.line : 0,
      html_url: `${html}/files#issuecomment-${c.id}`,
      pull_request_url: html
    };
  }
  status(r, s) {
    return {
      id: s.id,
      status: s.state,
      target_url: s.targetUrl,
      description: s.description,
      url: `${this.repoApi(r)}/statuses/${s.sha}`,
      context: s.context,
      creator: this.login(s.login),
      created_at: s.createdAt,
      updated_at: s.updatedAt
    };
  }
  /** The worst state wins; with no statuses Forgejo answers an all-zero object (routers/api/v1/repo/status.go). */
  combinedStatus(r, sha, latest) {
    if (latest.length === 0) {
      return { state: "", sha: "", total_count: 0, statuses: null, repository: null, commit_url: "", url: "" };
    }
    const rank = (s) => {
      const i = STATUS_PRIORITY.indexOf(s);
      return i < 0 ? STATUS_PRIORITY.length : i;
    };
    const worst = latest.reduce((a, s) => rank(s.state) < rank(a) ? s.state : a, "success");
    return {
      state: worst,
      sha,
      total_count: latest.length,
      statuses: latest.map((s) => this.status(r, s)),
      repository: this.repo(r, "none"),
      commit_url: `${this.repoApi(r)}/commits/${sha}`,
      url: `${this.repoApi(r)}/commits/${sha}/status`
    };
  }
  checkRun() {
    throw new Error("Forgejo has no check runs");
  }
  commit() {
    throw new Error("Forgejo resolves refs through /tags/{tag} and /branches/{branch} here");
  }
  /** Forgejo's Tag: `id` is the tag object (the commit for a lightweight tag), `commit` what it names. */
  tag(r, name, c) {
    return {
      name,
      message: "",
      id: c.sha,
      commit: { url: `${this.repoApi(r)}/git/commits/${c.sha}`, sha: c.sha, created: c.committer.date },
      zipball_url: `${this.repoWeb(r)}/archive/${name}.zip`,
      tarball_url: `${this.repoWeb(r)}/archive/${name}.tar.gz`,
      archive_download_count: { zip: 0, tar_gz: 0 }
    };
  }
  /** Forgejo's ActionRunner: `idle` when online and waiting for work. */
  runner(x) {
    return { id: x.id, uuid: `00000000-0000-4000-8000-${String(x.id).padStart(12, "0")}`, name: x.name, version: "v11.0.0", owner_id: 0, repo_id: 0, description: "", labels: x.labels, status: x.online ? "idle" : "offline", ephemeral: false };
  }
  branch(r, name, c, perm) {
    return {
      name,
      commit: {
        id: c.sha,
        message: `${c.message}
`,
        url: `${this.repoWeb(r)}/commit/${c.sha}`,
        author: { name: c.author.name, email: c.author.email, username: "" },
        committer: { name: c.committer.name, email: c.committer.email, username: "" },
        verification: null,
        timestamp: c.committer.date,
        added: null,
        removed: null,
        modified: null
      },
      protected: false,
      required_approvals: 0,
      enable_status_check: false,
      status_check_contexts: [],
      user_can_push: atLeast(perm, "write"),
      user_can_merge: atLeast(perm, "write"),
      effective_branch_protection_name: ""
    };
  }
  /**
   * Forgejo reports the access mode by name: none, read, write, admin, or owner for the
   * repository's owner (services/convert ToUserAndPermission).
   */
  collaboratorPermission(r, u, perm) {
    const mode = perm === "admin" && u.login.toLowerCase() === r.owner.toLowerCase() ? "owner" : perm;
    return { permission: mode, role_name: mode, user: this.user(u) };
  }
  /** Only Forgejo's not-found error (APINotFound) lists `errors`; the others carry their detail in `message`. */
  error(status, message, errors) {
    const details2 = errors.map((e) => typeof e === "string" ? e : e.message ?? `${e.field}: ${e.code}`);
    return {
      message: details2.length > 0 && status !== 404 ? `${message}: ${details2.join("; ")}` : message,
      url: `${this.urls.web}/api/swagger`,
      ...details2.length > 0 && status === 404 ? { errors: details2 } : {}
    };
  }
};

// src/localforge/present-github.ts
var REVIEW_STATE2 = {
  approved: "APPROVED",
  changes_requested: "CHANGES_REQUESTED",
  commented: "COMMENTED",
  pending: "PENDING",
  review_requested: "PENDING"
  // never listed as a review on GitHub; see routes-pulls.ts
};
var GithubPresenter = class extends BasePresenter {
  /** GitHub's simple-user. */
  user(u) {
    const api = `${this.urls.api}/users/${u.login}`;
    return {
      login: u.login,
      id: u.id,
      node_id: nodeId("User", u.id),
      avatar_url: `${this.urls.web}/avatars/${u.login}`,
      gravatar_id: "",
      url: api,
      html_url: `${this.urls.web}/${u.login}`,
      followers_url: `${api}/followers`,
      following_url: `${api}/following{/other_user}`,
      gists_url: `${api}/gists{/gist_id}`,
      starred_url: `${api}/starred{/owner}{/repo}`,
      subscriptions_url: `${api}/subscriptions`,
      organizations_url: `${api}/orgs`,
      repos_url: `${api}/repos`,
      events_url: `${api}/events{/privacy}`,
      received_events_url: `${api}/received_events`,
      type: u.type,
      site_admin: u.siteAdmin,
      ...u.name !== u.login ? { name: u.name } : {}
    };
  }
  /** GitHub's public-user: what GET /users/{username} and GET /user answer. */
  profile(u) {
    const { name: _name, ...simple } = this.user(u);
    return {
      ...simple,
      name: u.name === u.login ? null : u.name,
      company: null,
      blog: "",
      location: null,
      email: null,
      hireable: null,
      bio: null,
      // Every repository here is private.
      public_repos: 0,
      public_gists: 0,
      followers: 0,
      following: 0,
      created_at: u.createdAt,
      updated_at: u.createdAt
    };
  }
  login(login) {
    return this.user(this.userRec(login));
  }
  /** GitHub's author_association: OWNER, COLLABORATOR or NONE (no organisations here). */
  association(r, login) {
    if (login.toLowerCase() === r.owner.toLowerCase()) return "OWNER";
    return r.collaborators.has(login.toLowerCase()) ? "COLLABORATOR" : "NONE";
  }
  permissions(perm) {
    return {
      admin: perm === "admin",
      maintain: perm === "admin",
      push: atLeast(perm, "write"),
      triage: atLeast(perm, "write"),
      pull: atLeast(perm, "read")
    };
  }
  reactionSummary(url, list) {
    const out = { url, total_count: list.length };
    for (const r of REACTIONS) out[r] = list.filter((x) => x.content === r).length;
    return out;
  }
  link(href) {
    return { href };
  }
  /** GitHub's repository: what pull request heads and bases and combined statuses embed. */
  repository(r, perm) {
    const api = this.repoApi(r);
    const host = new URL(this.urls.web).host;
    const open = [...r.issues.values()].filter((i) => i.state === "open").length;
    return {
      id: r.id,
      node_id: nodeId("Repository", r.id),
      name: r.name,
      full_name: r.fullName,
      owner: this.login(r.owner),
      private: true,
      html_url: this.repoWeb(r),
      description: r.description || null,
      fork: false,
      url: api,
      archive_url: `${api}/{archive_format}{/ref}`,
      assignees_url: `${api}/assignees{/user}`,
      blobs_url: `${api}/git/blobs{/sha}`,
      branches_url: `${api}/branches{/branch}`,
      collaborators_url: `${api}/collaborators{/collaborator}`,
      comments_url: `${api}/comments{/number}`,
      commits_url: `${api}/commits{/sha}`,
      compare_url: `${api}/compare/{base}...{head}`,
      contents_url: `${api}/contents/{+path}`,
      contributors_url: `${api}/contributors`,
      deployments_url: `${api}/deployments`,
      downloads_url: `${api}/downloads`,
      events_url: `${api}/events`,
      forks_url: `${api}/forks`,
      git_commits_url: `${api}/git/commits{/sha}`,
      git_refs_url: `${api}/git/refs{/sha}`,
      git_tags_url: `${api}/git/tags{/sha}`,
      git_url: `git://${host}/${r.fullName}.git`,
      issue_comment_url: `${api}/issues/comments{/number}`,
      issue_events_url: `${api}/issues/events{/number}`,
      issues_url: `${api}/issues{/number}`,
      keys_url: `${api}/keys{/key_id}`,
      labels_url: `${api}/labels{/name}`,
      languages_url: `${api}/languages`,
      merges_url: `${api}/merges`,
      milestones_url: `${api}/milestones{/number}`,
      notifications_url: `${api}/notifications{?since,all,participating}`,
      pulls_url: `${api}/pulls{/number}`,
      releases_url: `${api}/releases{/id}`,
      ssh_url: `git@${new URL(this.urls.web).hostname}:${r.fullName}.git`,
      stargazers_url: `${api}/stargazers`,
      statuses_url: `${api}/statuses/{sha}`,
      subscribers_url: `${api}/subscribers`,
      subscription_url: `${api}/subscription`,
      tags_url: `${api}/tags`,
      teams_url: `${api}/teams`,
      trees_url: `${api}/git/trees{/sha}`,
      clone_url: `${this.repoWeb(r)}.git`,
      mirror_url: null,
      hooks_url: `${api}/hooks`,
      svn_url: this.repoWeb(r),
      homepage: null,
      language: null,
      forks_count: 0,
      forks: 0,
      stargazers_count: 0,
      watchers_count: 0,
      watchers: 0,
      size: 0,
      default_branch: r.defaultBranch,
      open_issues_count: open,
      open_issues: open,
      is_template: false,
      topics: [],
      has_issues: true,
      has_projects: false,
      has_wiki: false,
      has_pages: false,
      has_downloads: false,
      has_discussions: false,
      archived: false,
      disabled: false,
      visibility: "private",
      license: null,
      pushed_at: r.createdAt,
      created_at: r.createdAt,
      updated_at: r.createdAt,
      ...perm ? { permissions: this.permissions(perm) } : {}
    };
  }
  /** GitHub's full-repository: what GET /repos/{owner}/{repo} answers. */
  repo(r, perm) {
    return { ...this.repository(r, perm), network_count: 0, subscribers_count: 0 };
  }
  label(r, l) {
    return {
      id: l.id,
      node_id: nodeId("Label", l.id),
      url: `${this.repoApi(r)}/labels/${encodeURIComponent(l.name)}`,
      name: l.name,
      color: l.color,
      default: false,
      description: l.description || null
    };
  }
  issue(r, i) {
    const url = `${this.repoApi(r)}/issues/${i.number}`;
    return {
      id: i.id,
      node_id: nodeId("Issue", i.id),
      url,
      repository_url: this.repoApi(r),
      labels_url: `${url}/labels{/name}`,
      comments_url: `${url}/comments`,
      events_url: `${url}/events`,
      html_url: `${this.repoWeb(r)}/${i.pull ? "pull" : "issues"}/${i.number}`,
      number: i.number,
      state: i.state,
      state_reason: i.state === "closed" ? "completed" : null,
      title: i.title,
      body: i.body || null,
      user: this.login(i.login),
      labels: this.labelsOf(r, i).map((l) => this.label(r, l)),
      assignee: i.assignees[0] !== void 0 ? this.login(i.assignees[0]) : null,
      assignees: i.assignees.map((l) => this.login(l)),
      milestone: null,
      locked: false,
      comments: this.commentCount(r, i),
      ...i.pull ? {
        pull_request: {
          url: `${this.repoApi(r)}/pulls/${i.number}`,
          html_url: `${this.repoWeb(r)}/pull/${i.number}`,
          diff_url: `${this.repoWeb(r)}/pull/${i.number}.diff`,
          patch_url: `${this.repoWeb(r)}/pull/${i.number}.patch`,
          merged_at: i.pull.mergedAt
        },
        draft: i.pull.draft
      } : {},
      closed_at: i.closedAt,
      created_at: i.createdAt,
      updated_at: i.updatedAt,
      author_association: this.association(r, i.login),
      reactions: this.reactionSummary(`${url}/reactions`, i.reactions)
    };
  }
  comment(r, c) {
    const url = `${this.repoApi(r)}/issues/comments/${c.id}`;
    const issue = r.issues.get(c.issueNumber);
    return {
      id: c.id,
      node_id: nodeId("IssueComment", c.id),
      url,
      html_url: `${this.repoWeb(r)}/${issue?.pull ? "pull" : "issues"}/${c.issueNumber}#issuecomment-${c.id}`,
      body: c.body,
      user: this.login(c.login),
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      issue_url: `${this.repoApi(r)}/issues/${c.issueNumber}`,
      author_association: this.association(r, c.login),
      reactions: this.reactionSummary(`${url}/reactions`, c.reactions)
    };
  }
  reaction(x) {
    return { id: x.id, node_id: nodeId("Reaction", x.id), user: this.login(x.login), content: x.content, created_at: x.createdAt };
  }
  prRef(r, ref, sha) {
    return { label: `${r.owner}:${ref}`, ref, sha, user: this.login(r.owner), repo: this.repository(r) };
  }
  /**
   * GitHub's pull-request when `git.stats` is given (single pull request answers), else its
   * pull-request-simple (lists, and the requested_reviewers answers), which has no counts.
   */
  pull(r, i, git4) {
    const p = i.pull;
    const url = `${this.repoApi(r)}/pulls/${i.number}`;
    const issueUrl = `${this.repoApi(r)}/issues/${i.number}`;
    const html = `${this.repoWeb(r)}/pull/${i.number}`;
    const statuses = `${this.repoApi(r)}/statuses/${git4.headSha}`;
    return {
      url,
      id: p.id,
      node_id: nodeId("PullRequest", p.id),
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: issueUrl,
      commits_url: `${url}/commits`,
      review_comments_url: `${url}/comments`,
      review_comment_url: `${this.repoApi(r)}/pulls/comments{/number}`,
      comments_url: `${issueUrl}/comments`,
      statuses_url: statuses,
      number: i.number,
      state: i.state,
      locked: false,
      title: i.title,
      user: this.login(i.login),
      body: i.body || null,
      // pull-request-simple describes a label's description as a string, never null.
      labels: this.labelsOf(r, i).map((l) => ({ ...this.label(r, l), description: l.description })),
      milestone: null,
      created_at: i.createdAt,
      updated_at: i.updatedAt,
      closed_at: i.closedAt,
      merged_at: p.mergedAt,
      merge_commit_sha: null,
      assignee: i.assignees[0] !== void 0 ? this.login(i.assignees[0]) : null,
      assignees: i.assignees.map((l) => this.login(l)),
      requested_reviewers: p.requestedReviewers.map((l) => this.login(l)),
      requested_teams: [],
      head: this.prRef(r, p.headRef, git4.headSha),
      base: this.prRef(r, p.baseRef, git4.baseSha),
      _links: {
        self: this.link(url),
        html: this.link(html),
        issue: this.link(issueUrl),
        comments: this.link(`${issueUrl}/comments`),
        review_comments: this.link(`${url}/comments`),
        review_comment: this.link(`${this.repoApi(r)}/pulls/comments{/number}`),
        commits: this.link(`${url}/commits`),
        statuses: this.link(statuses)
      },
      author_association: this.association(r, i.login),
      auto_merge: p.autoMerge ? { enabled_by: this.login(p.autoMerge.enabledBy), merge_method: p.autoMerge.method, commit_title: p.autoMerge.commitTitle ?? "", commit_message: p.autoMerge.commitMessage ?? "" } : null,
      draft: p.draft,
      ...git4.stats ? {
        merged: p.merged,
        mergeable: i.state === "open" ? true : null,
        mergeable_state: i.state === "open" ? githubMergeState(r, i, git4.headSha) : "unknown",
        merged_by: null,
        comments: this.commentCount(r, i),
        review_comments: this.reviewCommentCount(r, i.number),
        maintainer_can_modify: false,
        commits: git4.stats.commits,
        additions: git4.stats.additions,
        deletions: git4.stats.deletions,
        changed_files: git4.stats.changedFiles
      } : {}
    };
  }
  review(r, rv) {
    const html = `${this.repoWeb(r)}/pull/${rv.number}#pullrequestreview-${rv.id}`;
    const pullUrl = `${this.repoApi(r)}/pulls/${rv.number}`;
    return {
      id: rv.id,
      node_id: nodeId("PullRequestReview", rv.id),
      user: this.login(rv.login),
      body: rv.body,
      state: REVIEW_STATE2[rv.state],
      html_url: html,
      pull_request_url: pullUrl,
      _links: { html: this.link(html), pull_request: this.link(pullUrl) },
      author_association: this.association(r, rv.login),
      ...rv.submittedAt ? { submitted_at: rv.submittedAt } : {},
      commit_id: rv.commitId
    };
  }
  /**
   * A pull request's review comment: GitHub's pull-request-review-comment in the per-PR list,
   * its review-comment in the per-review list, which always carries `position` (null here:
   * the local forge keeps lines, not diff positions).
   */
  reviewComment(r, c, perReview = false) {
    const url = `${this.repoApi(r)}/pulls/comments/${c.id}`;
    const html = `${this.repoWeb(r)}/pull/${c.number}#discussion_r${c.id}`;
    const pullUrl = `${this.repoApi(r)}/pulls/${c.number}`;
    return {
      url,
      pull_request_review_id: c.reviewId,
      id: c.id,
      node_id: nodeId("PullRequestReviewComment", c.id),
      ...c.inReplyTo !== void 0 ? { in_reply_to_id: c.inReplyTo } : {},
      diff_hunk: "",
      path: c.path,
      ...perReview ? { position: null, original_position: c.line } : {},
      commit_id: c.commitId,
      original_commit_id: c.commitId,
      user: this.login(c.login),
      body: c.body,
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      html_url: html,
      pull_request_url: pullUrl,
      author_association: this.association(r, c.login),
      _links: { self: this.link(url), html: this.link(html), pull_request: this.link(pullUrl) },
      line: c.line,
      original_line: c.line,
      side: c.side,
      start_line: null,
      start_side: null,
      subject_type: "line"
    };
  }
  /** GitHub's simple-commit-status: a status as a combined status lists it, without its creator. */
  simpleStatus(r, s) {
    return {
      url: `${this.repoApi(r)}/statuses/${s.sha}`,
      avatar_url: `${this.urls.web}/avatars/${s.login}`,
      id: s.id,
      node_id: nodeId("StatusContext", s.id),
      state: s.state,
      description: s.description || null,
      target_url: s.targetUrl || null,
      context: s.context,
      created_at: s.createdAt,
      updated_at: s.updatedAt
    };
  }
  status(r, s) {
    return { ...this.simpleStatus(r, s), creator: this.login(s.login) };
  }
  /** failure if any error or failure, pending if any pending or none at all, else success. */
  combinedStatus(r, sha, latest) {
    const states = latest.map((s) => s.state);
    const state = states.includes("error") || states.includes("failure") ? "failure" : states.length === 0 || states.includes("pending") ? "pending" : "success";
    return {
      state,
      statuses: latest.map((s) => this.simpleStatus(r, s)),
      sha,
      total_count: latest.length,
      repository: this.repository(r),
      commit_url: `${this.repoApi(r)}/commits/${sha}`,
      url: `${this.repoApi(r)}/commits/${sha}/status`
    };
  }
  checkRun(r, c) {
    return {
      id: c.id,
      head_sha: c.headSha,
      node_id: nodeId("CheckRun", c.id),
      external_id: c.externalId ?? "",
      url: `${this.repoApi(r)}/check-runs/${c.id}`,
      html_url: `${this.repoWeb(r)}/runs/${c.id}`,
      details_url: c.detailsUrl,
      status: c.status,
      conclusion: c.conclusion,
      started_at: c.startedAt,
      completed_at: c.completedAt,
      output: {
        title: c.title,
        summary: c.summary,
        text: c.text,
        annotations_count: 0,
        annotations_url: `${this.repoApi(r)}/check-runs/${c.id}/annotations`
      },
      name: c.name,
      check_suite: { id: c.id },
      app: this.app(r),
      pull_requests: []
    };
  }
  /** The GitHub App every check run here belongs to, owned by the repository's owner. */
  app(r) {
    return {
      id: 1,
      slug: "crustyclaw-localforge",
      node_id: nodeId("Integration", 1),
      owner: this.login(r.owner),
      name: "CrustyClaw local forge",
      description: null,
      external_url: this.urls.web,
      html_url: `${this.urls.web}/apps/crustyclaw-localforge`,
      created_at: r.createdAt,
      updated_at: r.createdAt,
      permissions: { checks: "write", metadata: "read" },
      events: []
    };
  }
  /** GitHub's commit as `GET /commits/{ref}` and a branch show it; `author` and `committer` are null: commits here belong to no account. */
  commit(r, c) {
    const commitUrl = `${this.repoApi(r)}/commits/${c.sha}`;
    return {
      sha: c.sha,
      node_id: nodeId("Commit", parseInt(c.sha.slice(0, 8), 16)),
      commit: {
        author: { name: c.author.name, email: c.author.email, date: c.author.date },
        committer: { name: c.committer.name, email: c.committer.email, date: c.committer.date },
        message: c.message,
        tree: { sha: c.tree, url: `${this.repoApi(r)}/git/trees/${c.tree}` },
        url: `${this.repoApi(r)}/git/commits/${c.sha}`,
        comment_count: 0
      },
      url: commitUrl,
      html_url: `${this.repoWeb(r)}/commit/${c.sha}`,
      comments_url: `${commitUrl}/comments`,
      author: null,
      committer: null,
      parents: c.parents.map((p) => ({ sha: p, url: `${this.repoApi(r)}/commits/${p}`, html_url: `${this.repoWeb(r)}/commit/${p}` }))
    };
  }
  tag() {
    throw new Error("GitHub serves tags as refs, not GET /tags/{tag}");
  }
  /** GitHub's self-hosted runner; the labels it was registered with are `custom`. */
  runner(x) {
    return {
      id: x.id,
      name: x.name,
      os: "linux",
      status: x.online ? "online" : "offline",
      busy: false,
      labels: x.labels.map((name, i) => ({ id: x.id * 100 + i, name, type: "custom" }))
    };
  }
  /** GitHub's branch-with-protection. */
  branch(r, name, c) {
    const protectionUrl = `${this.repoApi(r)}/branches/${name}/protection`;
    return {
      name,
      commit: this.commit(r, c),
      _links: { self: `${this.repoApi(r)}/branches/${name}`, html: `${this.repoWeb(r)}/tree/${name}` },
      protected: false,
      protection: {
        enabled: false,
        required_status_checks: { enforcement_level: "off", contexts: [], checks: [] }
      },
      protection_url: protectionUrl
    };
  }
  collaboratorPermission(r, u, perm) {
    return {
      permission: perm,
      role_name: perm,
      user: { ...this.user(u), permissions: this.permissions(perm), role_name: perm }
    };
  }
  /**
   * GitHub's basic-error, or for a 422 its validation-error, which has no `status`; `errors`
   * are field errors, or plain strings where GitHub answers those (reviews).
   */
  error(status, message, errors) {
    return {
      message,
      ...errors.length > 0 ? { errors } : {},
      documentation_url: "https://docs.github.com/rest",
      ...status !== 422 ? { status: String(status) } : {}
    };
  }
};

// src/localforge/requests.ts
var RequestLog = class {
  records = [];
  /** Records in arrival order. A record's status is filled in when its response finishes. */
  get entries() {
    return this.records;
  }
  record(r) {
    this.records.push(r);
    return r;
  }
  /** Requests that matched `"<METHOD> <template>"`, faulted ones included. */
  count(route) {
    return this.records.filter((r) => r.route === route).length;
  }
  /** Request counts per route template; unmatched requests under `"<METHOD> <unmatched>"`. */
  counts() {
    const out = {};
    for (const r of this.records) {
      const key = r.route ?? `${r.method} <unmatched>`;
      out[key] = (out[key] ?? 0) + 1;
    }
    return out;
  }
  reset() {
    this.records.length = 0;
  }
};

// src/localforge/router.ts
function routeKey(method, template) {
  return `${method} ${template.replace(/\{(\w+)\+\}/g, "{$1}")}`;
}
function compile(def) {
  const segments = def.template.split("/").filter(Boolean).map((s) => {
    const dotted = /^\{(\w+)\}\.\{(\w+)\}$/.exec(s);
    if (dotted) return { kind: "dotted", name: dotted[1], ext: dotted[2] };
    const m = /^\{(\w+)(\+?)\}$/.exec(s);
    if (!m) return { kind: "static", value: s };
    return m[2] ? { kind: "rest", name: m[1] } : { kind: "param", name: m[1] };
  });
  return { def, key: routeKey(def.method, def.template), segments };
}
var RANK2 = { static: 0, dotted: 1, param: 2, rest: 3 };
function specificity(a, b) {
  const n = Math.max(a.segments.length, b.segments.length);
  for (let i = 0; i < n; i++) {
    const x = a.segments[i];
    const y = b.segments[i];
    if (!x || !y) return x ? -1 : 1;
    const d = RANK2[x.kind] - RANK2[y.kind];
    if (d !== 0) return d;
  }
  return 0;
}
var Router = class {
  routes;
  constructor(defs, flavour) {
    this.routes = defs.filter((d) => !d.flavours || d.flavours.includes(flavour)).map(compile).sort(specificity);
    const seen = /* @__PURE__ */ new Set();
    for (const r of this.routes) {
      if (seen.has(r.key)) throw new Error(`duplicate route ${r.key}`);
      seen.add(r.key);
    }
  }
  /** Every `"<METHOD> <template>"` this flavour serves, sorted. */
  keys() {
    return this.routes.map((r) => r.key).sort();
  }
  match(method, path29) {
    let parts;
    try {
      parts = path29.split("/").filter(Boolean).map(decodeURIComponent);
    } catch {
      return void 0;
    }
    for (const route of this.routes) {
      if (route.def.method !== method) continue;
      const params = matchSegments(route.segments, parts);
      if (params) return { route, params };
    }
    return void 0;
  }
};
function matchSegments(segments, parts) {
  const params = {};
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    if (seg.kind === "rest") {
      if (i >= parts.length) return void 0;
      params[seg.name] = parts.slice(i).join("/");
      return params;
    }
    const part = parts[i];
    if (part === void 0) return void 0;
    if (seg.kind === "static" ? seg.value !== part : part === "") return void 0;
    if (seg.kind === "param") params[seg.name] = part;
    if (seg.kind === "dotted") {
      const dot = part.lastIndexOf(".");
      if (dot <= 0 || dot === part.length - 1) return void 0;
      params[seg.name] = part.slice(0, dot);
      params[seg.ext] = part.slice(dot + 1);
    }
  }
  return parts.length === segments.length ? params : void 0;
}

// src/localforge/routes-actions.ts
var import_yaml6 = __toESM(require_dist(), 1);
import { existsSync as existsSync12, readFileSync as readFileSync9 } from "node:fs";
var DIRS = { github: [".github/workflows"], forgejo: [".forgejo/workflows", ".gitea/workflows", ".github/workflows"] };
var actionsRoutes = [
  // GitHub: a job's log as plain text (GitHub answers 302 to a download URL, which clients follow; this serves the
  // text directly). A job's id is its check run's id. 404 for a check run that is not an Actions job's; 410 once gone.
  repoRoute(
    "GET",
    "/repos/{owner}/{repo}/actions/jobs/{job_id}/logs",
    "read",
    async (ctx) => {
      const run = ctx.repo.checkRuns.get(intParam(ctx, "job_id"));
      if (!run?.logFile) throw notFound();
      if (!existsSync12(run.logFile)) throw new ApiError(410, "Gone");
      return { status: 200, text: { content: readFileSync9(run.logFile, "utf8"), type: "text/plain; charset=utf-8" } };
    },
    ["github"]
  ),
  // GitHub names the workflow by id or file name; Forgejo by file name. Both answer 204.
  repoRoute("POST", "/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches", "write", async (ctx) => {
    const body = asObject(ctx.body);
    const ref = requiredStr(body, "ref", "WorkflowDispatch").replace(/^refs\/heads\//, "");
    const rawInputs = body.inputs === void 0 ? {} : asObject(body.inputs);
    const inputs = {};
    for (const [k, v] of Object.entries(rawInputs)) {
      if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean") throw unprocessable(`input '${k}' must be a string`);
      inputs[k] = String(v);
    }
    const sha = await branchSha(ctx.repo.gitDir, ref);
    if (!sha) throw unprocessable(`No ref found for: ${ref}`);
    const name = ctx.params.workflow_id;
    let file;
    for (const dir of DIRS[ctx.core.flavour]) {
      const files = await listTree(ctx.repo.gitDir, sha, dir);
      if (files === void 0) continue;
      file = files.find((f) => f === `${dir}/${name}`);
      break;
    }
    if (!file) throw notFound();
    let on;
    try {
      on = (0, import_yaml6.parse)(await readBlob(ctx.repo.gitDir, sha, file))?.on;
    } catch {
      on = void 0;
    }
    const dispatchable = on === "workflow_dispatch" || Array.isArray(on) && on.includes("workflow_dispatch") || typeof on === "object" && on !== null && "workflow_dispatch" in on;
    if (!dispatchable) throw new ApiError(422, "Workflow does not have 'workflow_dispatch' trigger");
    emit(ctx, { type: "workflow_dispatch", action: "", dispatch: { workflow: file, ref }, payload: ctx.core.hooks.workflowDispatch(ctx.repo, `refs/heads/${ref}`, inputs, file, ctx.user) });
    return noContent();
  })
];

// src/localforge/paging.ts
function paged(ctx, items, present) {
  const github = ctx.core.flavour === "github";
  const sizeParam = github ? "per_page" : "limit";
  const max = github ? 100 : ctx.core.maxResponseItems;
  const size = clamp(Number(ctx.query.get(sizeParam) ?? 30), 1, max, 30);
  const page = clamp(Number(ctx.query.get("page") ?? 1), 1, Number.MAX_SAFE_INTEGER, 1);
  const last = Math.max(1, Math.ceil(items.length / size));
  const slice = items.slice((page - 1) * size, page * size);
  const link = (p, rel) => {
    const q = new URLSearchParams(ctx.query);
    q.set("page", String(p));
    q.set(sizeParam, String(size));
    return `<${ctx.core.urls.api}${ctx.path}?${q.toString()}>; rel="${rel}"`;
  };
  const links = [];
  if (page < last) links.push(link(page + 1, "next"), link(last, "last"));
  if (page > 1) links.push(link(1, "first"), link(page - 1, "prev"));
  const headers = {};
  if (links.length > 0) headers.link = links.join(", ");
  if (!github) headers["x-total-count"] = String(items.length);
  return { status: 200, body: slice.map(present), headers };
}
function unpaged(items, present) {
  return { status: 200, body: items.map(present), headers: { "x-total-count": String(items.length) } };
}
function clamp(n, min, max, fallback) {
  if (!Number.isFinite(n)) return fallback;
  return Math.min(max, Math.max(min, Math.floor(n)));
}

// src/localforge/routes-commits.ts
var STATUS_STATES = {
  github: ["error", "failure", "pending", "success"],
  forgejo: ["error", "failure", "pending", "success", "warning", "skipped"]
};
async function commitOf(ctx, param) {
  const ref = ctx.params[param];
  const sha = await resolveCommit(ctx.repo.gitDir, ref);
  if (!sha) throw param === "sha" ? unprocessable(`No commit found for SHA: ${ref}`) : notFound(`No commit found for SHA: ${ref}`);
  return sha;
}
async function listStatuses(ctx, param) {
  const sha = await commitOf(ctx, param);
  return paged(ctx, ctx.core.state.statusesOf(ctx.repo, sha), (s) => ctx.core.present.status(ctx.repo, s));
}
var CHECK_STATUSES = ["queued", "in_progress", "completed"];
var CONCLUSIONS = ["action_required", "cancelled", "failure", "neutral", "success", "skipped", "stale", "timed_out"];
function applyCheckRun(ctx, run, body) {
  const invalid = (field) => unprocessable("Invalid request.", [{ resource: "CheckRun", field, code: "invalid" }]);
  const status = str(body, "status", "CheckRun");
  const conclusion = str(body, "conclusion", "CheckRun");
  if (status !== void 0 && !CHECK_STATUSES.includes(status)) throw invalid("status");
  if (conclusion !== void 0 && !CONCLUSIONS.includes(conclusion)) throw invalid("conclusion");
  if (status !== void 0) run.status = status;
  if (conclusion !== void 0) {
    run.conclusion = conclusion;
    run.status = "completed";
  }
  if (run.status === "completed" && run.conclusion === null) throw invalid("conclusion");
  if (run.status !== "queued" && run.startedAt === null) run.startedAt = ctx.core.state.now();
  if (run.status === "completed" && run.completedAt === null) run.completedAt = str(body, "completed_at", "CheckRun") ?? ctx.core.state.now();
  run.name = str(body, "name", "CheckRun") ?? run.name;
  run.detailsUrl = str(body, "details_url", "CheckRun") ?? run.detailsUrl;
  run.externalId = str(body, "external_id", "CheckRun") ?? run.externalId;
  const output = body.output === void 0 ? void 0 : asObject(body.output);
  if (output) {
    run.title = str(output, "title", "CheckRun") ?? run.title;
    run.summary = str(output, "summary", "CheckRun") ?? run.summary;
    run.text = str(output, "text", "CheckRun") ?? run.text;
  }
}
var commitRoutes = [
  repoRoute("POST", "/repos/{owner}/{repo}/statuses/{sha}", "write", async (ctx) => {
    const body = asObject(ctx.body);
    const state = requiredStr(body, "state", "Status");
    if (!STATUS_STATES[ctx.core.flavour].includes(state))
      throw unprocessable("Validation Failed", [{ resource: "Status", field: "state", code: "invalid" }]);
    const sha = await commitOf(ctx, "sha");
    const status = ctx.core.state.addStatus(ctx.repo, {
      sha,
      state,
      context: str(body, "context", "Status") || "default",
      description: str(body, "description", "Status") ?? "",
      targetUrl: str(body, "target_url", "Status") ?? "",
      login: ctx.user.login
    });
    if (ctx.core.flavour === "github") emit(ctx, { type: "status", action: "", payload: ctx.core.hooks.status(ctx.repo, status, ctx.user) });
    await runAutoMerges(ctx, { sha });
    return created(ctx.core.present.status(ctx.repo, status));
  }),
  // GitHub's description lists statuses under /commits/{ref}/statuses only; the older
  // /statuses/{ref} form is Forgejo's.
  repoRoute("GET", "/repos/{owner}/{repo}/statuses/{sha}", "read", (ctx) => listStatuses(ctx, "sha"), ["forgejo"]),
  repoRoute("GET", "/repos/{owner}/{repo}/commits/{ref}/statuses", "read", (ctx) => listStatuses(ctx, "ref")),
  repoRoute("GET", "/repos/{owner}/{repo}/commits/{ref}/status", "read", async (ctx) => {
    const sha = await commitOf(ctx, "ref");
    return ok(ctx.core.present.combinedStatus(ctx.repo, sha, ctx.core.state.latestStatuses(ctx.repo, sha)));
  }),
  repoRoute(
    "GET",
    "/repos/{owner}/{repo}/commits/{ref}/check-runs",
    "read",
    async (ctx) => {
      const sha = await commitOf(ctx, "ref");
      const name = ctx.query.get("check_name");
      const status = ctx.query.get("status");
      const runs = [...ctx.repo.checkRuns.values()].filter((c) => c.headSha === sha && (!name || c.name === name) && (!status || c.status === status)).sort((a, b) => b.id - a.id);
      return ok({ total_count: runs.length, check_runs: runs.map((c) => ctx.core.present.checkRun(ctx.repo, c)) });
    },
    ["github"]
  ),
  repoRoute(
    "POST",
    "/repos/{owner}/{repo}/check-runs",
    "write",
    async (ctx) => {
      const body = asObject(ctx.body);
      const name = requiredStr(body, "name", "CheckRun");
      const headSha = requiredStr(body, "head_sha", "CheckRun");
      const sha = /^[0-9a-f]{40}$/i.test(headSha) ? await resolveCommit(ctx.repo.gitDir, headSha) : void 0;
      if (!sha) throw unprocessable("Validation Failed", [{ resource: "CheckRun", field: "head_sha", code: "invalid" }]);
      const run = {
        id: ctx.core.state.nextId(),
        headSha: sha,
        name,
        status: "queued",
        conclusion: null,
        detailsUrl: null,
        externalId: null,
        title: null,
        summary: null,
        text: null,
        startedAt: str(body, "started_at", "CheckRun") ?? null,
        completedAt: null
      };
      applyCheckRun(ctx, run, body);
      ctx.repo.checkRuns.set(run.id, run);
      emit(ctx, { type: "check_run", action: "created", payload: ctx.core.hooks.checkRun(ctx.repo, run, "created", ctx.user) });
      if (run.status === "completed") emit(ctx, { type: "check_run", action: "completed", payload: ctx.core.hooks.checkRun(ctx.repo, run, "completed", ctx.user) });
      if (run.status === "completed") await runAutoMerges(ctx, { sha });
      return created(ctx.core.present.checkRun(ctx.repo, run));
    },
    ["github"]
  ),
  repoRoute(
    "PATCH",
    "/repos/{owner}/{repo}/check-runs/{check_run_id}",
    "write",
    async (ctx) => {
      const run = ctx.repo.checkRuns.get(intParam(ctx, "check_run_id"));
      if (!run) throw notFound();
      const wasCompleted = run.status === "completed";
      applyCheckRun(ctx, run, asObject(ctx.body));
      if (run.status === "completed" && !wasCompleted) {
        emit(ctx, { type: "check_run", action: "completed", payload: ctx.core.hooks.checkRun(ctx.repo, run, "completed", ctx.user) });
        await runAutoMerges(ctx, { sha: run.headSha });
      }
      return ok(ctx.core.present.checkRun(ctx.repo, run));
    },
    ["github"]
  )
];

// src/localforge/routes-issues.ts
function issueOf(ctx) {
  const issue = ctx.repo.issues.get(intParam(ctx, "number"));
  if (!issue) throw notFound();
  return issue;
}
function commentOf(ctx) {
  const c = ctx.repo.comments.get(intParam(ctx, "comment_id"));
  if (!c) throw notFound();
  return c;
}
function mayEdit(ctx, author) {
  if (author.toLowerCase() !== ctx.user.login.toLowerCase() && !atLeast(ctx.permission, "write"))
    throw forbidden("Must have write access to edit what others wrote");
}
function requireWrite(ctx) {
  if (!atLeast(ctx.permission, "write")) throw forbidden("Resource not accessible by integration");
}
function labelsFromRequest(ctx, raw) {
  const { state, flavour } = ctx.core;
  if (!Array.isArray(raw)) throw unprocessable("Validation Failed", [{ resource: "Label", field: "labels", code: "invalid" }]);
  if (flavour === "github") {
    return raw.map((x) => {
      const name = typeof x === "string" ? x : typeof x === "object" && x !== null ? x.name : void 0;
      if (typeof name !== "string" || name === "")
        throw unprocessable("Validation Failed", [{ resource: "Label", field: "name", code: "invalid" }]);
      return state.labelByName(ctx.repo, name, true) ?? state.createLabel(ctx.repo, { name });
    });
  }
  const ids = raw.filter((x) => typeof x === "number");
  const names = raw.filter((x) => typeof x === "string");
  if (ids.length + names.length !== raw.length) throw new ApiError(400, "a label must be an integer or a string");
  if (ids.length > 0 && names.length > 0) throw new ApiError(400, "labels should be an array of strings or integers");
  const found = [
    ...ids.map((id) => ctx.repo.labels.get(id)),
    ...names.map((n) => state.labelByName(ctx.repo, n, false))
  ];
  return found.filter((l) => l !== void 0);
}
function assigneesFromRequest(ctx, raw, strict) {
  const invalid = () => unprocessable("Validation Failed", [{ resource: "Issue", field: "assignees", code: "invalid" }]);
  if (!Array.isArray(raw)) throw invalid();
  const names = raw.map((x) => typeof x === "object" && x !== null && ctx.core.flavour === "github" ? x.login : x);
  const logins = [];
  for (const name of names) {
    if (typeof name !== "string") throw invalid();
    const user = ctx.core.state.user(name);
    if (!user || ctx.core.state.permission(ctx.repo, user.login) === "none") {
      if (strict) throw invalid();
      continue;
    }
    if (!logins.includes(user.login)) logins.push(user.login);
  }
  return logins;
}
function labelList(ctx, issue) {
  return ok(issue.labelIds.map((id) => ctx.repo.labels.get(id)).filter(Boolean).map((l) => ctx.core.present.label(ctx.repo, l)));
}
function reactionList(ctx, list) {
  return paged(ctx, list, (r) => ctx.core.present.reaction(r));
}
function react(ctx, list) {
  const content = requiredStr(asObject(ctx.body), "content", "Reaction");
  if (!REACTIONS.includes(content)) {
    if (ctx.core.flavour === "forgejo") throw forbidden(`'${content}' is not an allowed reaction`);
    throw unprocessable("Validation Failed", [{ resource: "Reaction", field: "content", code: "invalid" }]);
  }
  const { reaction, created: isNew } = ctx.core.state.react(list, ctx.user.login, content);
  return ok(ctx.core.present.reaction(reaction), isNew ? 201 : 200);
}
var issueRoutes = [
  repoRoute("GET", "/repos/{owner}/{repo}/issues", "read", (ctx) => {
    const state = ctx.query.get("state") ?? "open";
    const wanted = (ctx.query.get("labels") ?? "").split(",").map((s) => s.trim().toLowerCase()).filter(Boolean);
    const type = ctx.core.flavour === "forgejo" ? ctx.query.get("type") : null;
    const issues = [...ctx.repo.issues.values()].filter((i) => state === "all" || i.state === state).filter((i) => type === "issues" ? !i.pull : type === "pulls" ? !!i.pull : true).filter((i) => wanted.every((w) => i.labelIds.some((id) => ctx.repo.labels.get(id)?.name.toLowerCase() === w))).sort((a, b) => b.number - a.number);
    return paged(ctx, issues, (i) => ctx.core.present.issue(ctx.repo, i));
  }),
  repoRoute("POST", "/repos/{owner}/{repo}/issues", "read", async (ctx) => {
    const body = asObject(ctx.body);
    const title = requiredStr(body, "title", "Issue");
    const labels2 = body.labels !== void 0 && atLeast(ctx.permission, "write") ? labelsFromRequest(ctx, body.labels) : [];
    const issue = ctx.core.state.createIssue(ctx.repo, {
      title,
      body: str(body, "body", "Issue") ?? "",
      login: ctx.user.login,
      labelIds: labels2.map((l) => l.id)
    });
    await issueEvent(ctx, issue, "opened");
    await labelEvents(ctx, issue, [], "add", labels2);
    return created(ctx.core.present.issue(ctx.repo, issue));
  }),
  repoRoute("GET", "/repos/{owner}/{repo}/issues/{number}", "read", (ctx) => ok(ctx.core.present.issue(ctx.repo, issueOf(ctx)))),
  repoRoute("PATCH", "/repos/{owner}/{repo}/issues/{number}", "read", async (ctx) => {
    const issue = issueOf(ctx);
    const before = { title: issue.title, body: issue.body, state: issue.state, labels: [...issue.labelIds], assignees: [...issue.assignees] };
    mayEdit(ctx, issue.login);
    const body = asObject(ctx.body);
    const title = str(body, "title", "Issue");
    const text2 = str(body, "body", "Issue");
    const state = str(body, "state", "Issue");
    if (state !== void 0 && state !== "open" && state !== "closed")
      throw unprocessable("Validation Failed", [{ resource: "Issue", field: "state", code: "invalid" }]);
    if (body.labels !== void 0) {
      requireWrite(ctx);
      issue.labelIds = labelsFromRequest(ctx, body.labels).map((l) => l.id);
    }
    const assignees = body.assignees ?? (ctx.core.flavour === "forgejo" && typeof body.assignee === "string" && body.assignee ? [body.assignee] : void 0);
    if (assignees !== void 0 && atLeast(ctx.permission, "write")) issue.assignees = assigneesFromRequest(ctx, assignees, true);
    if (title !== void 0) issue.title = title;
    if (text2 !== void 0) issue.body = text2;
    ctx.core.state.touch(issue);
    if (state !== void 0) ctx.core.state.setIssueState(issue, state);
    if (issue.title !== before.title || issue.body !== before.body) await issueEvent(ctx, issue, "edited");
    if (body.labels !== void 0) await labelEvents(ctx, issue, before.labels, "replace", []);
    await assigneeEvents(ctx, issue, before.assignees);
    if (issue.state !== before.state) await issueEvent(ctx, issue, issue.state === "closed" ? "closed" : "reopened");
    return ok(ctx.core.present.issue(ctx.repo, issue), ctx.core.flavour === "forgejo" ? 201 : 200);
  }),
  // GitHub adds and removes assignees by name; Forgejo has no such routes (it edits the issue's `assignees`).
  repoRoute(
    "POST",
    "/repos/{owner}/{repo}/issues/{number}/assignees",
    "read",
    async (ctx) => {
      const issue = issueOf(ctx);
      const before = [...issue.assignees];
      const raw = asObject(ctx.body).assignees ?? [];
      if (atLeast(ctx.permission, "write")) issue.assignees = [.../* @__PURE__ */ new Set([...issue.assignees, ...assigneesFromRequest(ctx, raw, false)])];
      if (issue.assignees.length !== before.length) ctx.core.state.touch(issue);
      await assigneeEvents(ctx, issue, before);
      return created(ctx.core.present.issue(ctx.repo, issue));
    },
    ["github"]
  ),
  repoRoute(
    "DELETE",
    "/repos/{owner}/{repo}/issues/{number}/assignees",
    "read",
    async (ctx) => {
      const issue = issueOf(ctx);
      const before = [...issue.assignees];
      const raw = asObject(ctx.body).assignees ?? [];
      if (atLeast(ctx.permission, "write")) {
        const remove = assigneesFromRequest(ctx, raw, false).map((l) => l.toLowerCase());
        issue.assignees = issue.assignees.filter((l) => !remove.includes(l.toLowerCase()));
      }
      if (issue.assignees.length !== before.length) ctx.core.state.touch(issue);
      await assigneeEvents(ctx, issue, before);
      return ok(ctx.core.present.issue(ctx.repo, issue));
    },
    ["github"]
  ),
  // Forgejo lists every comment at once: its issueGetComments takes no page or limit.
  repoRoute("GET", "/repos/{owner}/{repo}/issues/{number}/comments", "read", (ctx) => {
    const issue = issueOf(ctx);
    const comments = ctx.core.state.commentsOf(ctx.repo, issue.number);
    const present = (c) => ctx.core.present.comment(ctx.repo, c);
    return ctx.core.flavour === "forgejo" ? unpaged(comments, present) : paged(ctx, comments, present);
  }),
  repoRoute("POST", "/repos/{owner}/{repo}/issues/{number}/comments", "read", (ctx) => {
    const issue = issueOf(ctx);
    const text2 = requiredStr(asObject(ctx.body), "body", "IssueComment");
    const comment = ctx.core.state.addComment(ctx.repo, issue, ctx.user.login, text2);
    commentEvent(ctx, issue, comment, "created");
    return created(ctx.core.present.comment(ctx.repo, comment));
  }),
  repoRoute(
    "GET",
    "/repos/{owner}/{repo}/issues/comments/{comment_id}",
    "read",
    (ctx) => ok(ctx.core.present.comment(ctx.repo, commentOf(ctx)))
  ),
  repoRoute("PATCH", "/repos/{owner}/{repo}/issues/comments/{comment_id}", "read", (ctx) => {
    const c = commentOf(ctx);
    mayEdit(ctx, c.login);
    const previous = c.body;
    c.body = requiredStr(asObject(ctx.body), "body", "IssueComment");
    c.updatedAt = ctx.core.state.now();
    const issue = ctx.repo.issues.get(c.issueNumber);
    if (issue && previous !== c.body) commentEvent(ctx, issue, c, "edited", previous);
    return ok(ctx.core.present.comment(ctx.repo, c));
  }),
  repoRoute("DELETE", "/repos/{owner}/{repo}/issues/comments/{comment_id}", "read", (ctx) => {
    const c = commentOf(ctx);
    mayEdit(ctx, c.login);
    ctx.repo.comments.delete(c.id);
    const issue = ctx.repo.issues.get(c.issueNumber);
    if (issue) commentEvent(ctx, issue, c, "deleted");
    return noContent();
  }),
  repoRoute("GET", "/repos/{owner}/{repo}/issues/{number}/reactions", "read", (ctx) => reactionList(ctx, issueOf(ctx).reactions)),
  repoRoute("POST", "/repos/{owner}/{repo}/issues/{number}/reactions", "read", (ctx) => react(ctx, issueOf(ctx).reactions)),
  repoRoute(
    "GET",
    "/repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",
    "read",
    (ctx) => reactionList(ctx, commentOf(ctx).reactions)
  ),
  repoRoute(
    "POST",
    "/repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",
    "read",
    (ctx) => react(ctx, commentOf(ctx).reactions)
  ),
  repoRoute(
    "GET",
    "/repos/{owner}/{repo}/labels",
    "read",
    (ctx) => paged(ctx, [...ctx.repo.labels.values()], (l) => ctx.core.present.label(ctx.repo, l))
  ),
  repoRoute("POST", "/repos/{owner}/{repo}/labels", "write", (ctx) => {
    const body = asObject(ctx.body);
    const name = requiredStr(body, "name", "Label");
    if (ctx.core.state.labelByName(ctx.repo, name, ctx.core.flavour === "github"))
      throw unprocessable("Validation Failed", [{ resource: "Label", field: "name", code: "already_exists" }]);
    const color = str(body, "color", "Label");
    if (ctx.core.flavour === "forgejo" && color === void 0)
      throw unprocessable("[Color]: Required", [{ resource: "Label", field: "color", code: "missing_field" }]);
    const label = ctx.core.state.createLabel(ctx.repo, {
      name,
      ...color !== void 0 ? { color } : {},
      description: str(body, "description", "Label") ?? ""
    });
    return created(ctx.core.present.label(ctx.repo, label));
  }),
  repoRoute("GET", "/repos/{owner}/{repo}/issues/{number}/labels", "read", (ctx) => labelList(ctx, issueOf(ctx))),
  repoRoute("POST", "/repos/{owner}/{repo}/issues/{number}/labels", "read", async (ctx) => {
    const issue = issueOf(ctx);
    requireWrite(ctx);
    const raw = Array.isArray(ctx.body) && ctx.core.flavour === "github" ? ctx.body : asObject(ctx.body).labels;
    const add = labelsFromRequest(ctx, raw);
    const before = [...issue.labelIds];
    issue.labelIds = [.../* @__PURE__ */ new Set([...issue.labelIds, ...add.map((l) => l.id)])];
    ctx.core.state.touch(issue);
    await labelEvents(ctx, issue, before, "add", add);
    return labelList(ctx, issue);
  }),
  repoRoute("PUT", "/repos/{owner}/{repo}/issues/{number}/labels", "read", async (ctx) => {
    const issue = issueOf(ctx);
    requireWrite(ctx);
    const raw = Array.isArray(ctx.body) && ctx.core.flavour === "github" ? ctx.body : asObject(ctx.body).labels;
    const before = [...issue.labelIds];
    issue.labelIds = [...new Set(labelsFromRequest(ctx, raw).map((l) => l.id))];
    ctx.core.state.touch(issue);
    await labelEvents(ctx, issue, before, "replace", []);
    return labelList(ctx, issue);
  }),
  // GitHub names the label in the path; Forgejo takes its id (422 when no such label).
  repoRoute("DELETE", "/repos/{owner}/{repo}/issues/{number}/labels/{label}", "read", async (ctx) => {
    const issue = issueOf(ctx);
    requireWrite(ctx);
    const key = ctx.params.label;
    if (ctx.core.flavour === "github") {
      const label2 = ctx.core.state.labelByName(ctx.repo, key, true);
      if (!label2 || !issue.labelIds.includes(label2.id)) throw notFound("Label does not exist");
      const before2 = [...issue.labelIds];
      issue.labelIds = issue.labelIds.filter((id) => id !== label2.id);
      ctx.core.state.touch(issue);
      await labelEvents(ctx, issue, before2, "remove", [label2]);
      return labelList(ctx, issue);
    }
    const label = /^\d+$/.test(key) ? ctx.repo.labels.get(Number(key)) : void 0;
    if (!label) throw unprocessable(`label does not exist [id: ${key}]`);
    const before = [...issue.labelIds];
    issue.labelIds = issue.labelIds.filter((id) => id !== label.id);
    ctx.core.state.touch(issue);
    await labelEvents(ctx, issue, before, "remove", [label]);
    return noContent();
  })
];

// src/localforge/routes-pulls.ts
function pullOf(ctx) {
  const issue = issueOf(ctx);
  if (!issue.pull) throw notFound();
  return issue;
}
async function presentPull(ctx, issue, withStats = true, status = 200) {
  return ok(ctx.core.present.pull(ctx.repo, issue, await pullGit(ctx, issue, withStats)), status);
}
var isSelf = (ctx, login) => login.toLowerCase() === ctx.user.login.toLowerCase();
function visibleReviews(ctx, number2) {
  return ctx.core.state.reviewsOf(ctx.repo, number2).filter((r) => r.state !== "pending" || isSelf(ctx, r.login)).filter((r) => r.state !== "review_requested" || ctx.core.flavour === "forgejo");
}
function reviewOf(ctx, issue) {
  const review = ctx.repo.reviews.get(intParam(ctx, "review_id"));
  if (!review || review.number !== issue.number) throw notFound();
  if (review.state === "pending" && !isSelf(ctx, review.login) && !ctx.user.siteAdmin) throw notFound();
  return review;
}
function reviewState(ctx, issue, event, body, hasComments) {
  const own = isSelf(ctx, issue.login);
  const hasBody = body.trim() !== "";
  if (ctx.core.flavour === "github") {
    switch (event) {
      case void 0:
      case "":
      case "PENDING":
        return "pending";
      case "APPROVE":
        if (own) throw unprocessable("Unprocessable Entity", ["Can not approve your own pull request"]);
        return "approved";
      case "REQUEST_CHANGES":
        if (own) throw unprocessable("Unprocessable Entity", ["Can not request changes on your own pull request"]);
        if (!hasBody) throw unprocessable("Unprocessable Entity", ["Body is required when requesting changes"]);
        return "changes_requested";
      case "COMMENT":
        if (!hasBody && !hasComments) throw unprocessable("Unprocessable Entity", ["Body is required when commenting"]);
        return "commented";
      default:
        throw unprocessable(`Invalid request.

For 'properties/event', ${JSON.stringify(event)} is not a member of enum.`);
    }
  }
  let state;
  let needsBody = true;
  switch (event) {
    case "APPROVED":
      if (own) throw unprocessable("approve your own pull is not allowed");
      state = "approved";
      needsBody = false;
      break;
    case "REQUEST_CHANGES":
      if (own) throw unprocessable("reject your own pull is not allowed");
      state = "changes_requested";
      break;
    case "COMMENT":
      if (!hasBody && !hasComments) throw unprocessable(`review event ${event} requires a body or a comment`);
      state = "commented";
      needsBody = false;
      break;
    default:
      state = "pending";
  }
  if (needsBody && !hasBody) throw unprocessable(`review event ${event ?? ""} requires a body`);
  return state;
}
var positive = (v) => typeof v === "number" && v > 0;
function reviewComments(ctx, raw) {
  if (raw === void 0 || raw === null) return [];
  if (!Array.isArray(raw)) throw unprocessable("Validation Failed", [{ resource: "PullRequestReview", field: "comments", code: "invalid" }]);
  return raw.map((c) => {
    const o = asObject(c);
    const path29 = requiredStr(o, "path", "PullRequestReviewComment");
    const body = requiredStr(o, "body", "PullRequestReviewComment");
    if (ctx.core.flavour === "github") {
      const line = [o.line, o.position].find(positive) ?? 1;
      return { path: path29, line, side: o.side === "LEFT" ? "LEFT" : "RIGHT", body };
    }
    if (positive(o.new_position)) return { path: path29, line: o.new_position, side: "RIGHT", body };
    return { path: path29, line: positive(o.old_position) ? o.old_position : 1, side: positive(o.old_position) ? "LEFT" : "RIGHT", body };
  });
}
function clearRequest(ctx, issue, login) {
  const key = login.toLowerCase();
  issue.pull.requestedReviewers = issue.pull.requestedReviewers.filter((l) => l.toLowerCase() !== key);
  for (const r of ctx.core.state.reviewsOf(ctx.repo, issue.number)) {
    if (r.state === "review_requested" && r.login.toLowerCase() === key) ctx.repo.reviews.delete(r.id);
  }
}
function submit(ctx, issue, review, state, body) {
  review.state = state;
  if (body) review.body = body;
  if (state !== "pending") {
    review.submittedAt = ctx.core.state.now();
    clearRequest(ctx, issue, review.login);
  }
}
function headBranch(ctx, head) {
  const colon = head.indexOf(":");
  if (colon < 0) return head;
  return head.slice(0, colon).toLowerCase() === ctx.repo.owner.toLowerCase() ? head.slice(colon + 1) : void 0;
}
var pullRoutes = [
  repoRoute("GET", "/repos/{owner}/{repo}/pulls", "read", (ctx) => {
    const state = ctx.query.get("state") ?? "open";
    const headParam = ctx.core.flavour === "github" ? ctx.query.get("head") : null;
    const head = headParam?.includes(":") ? headBranch(ctx, headParam) ?? "\0" : void 0;
    const base = ctx.core.flavour === "github" ? ctx.query.get("base") : null;
    const poster = ctx.core.flavour === "forgejo" ? ctx.query.get("poster")?.toLowerCase() : void 0;
    const pulls = [...ctx.repo.issues.values()].filter((i) => i.pull && (state === "all" || i.state === state)).filter((i) => head === void 0 || i.pull.headRef === head).filter((i) => !base || i.pull.baseRef === base).filter((i) => !poster || i.login.toLowerCase() === poster).sort((a, b) => b.number - a.number);
    return pagedPulls(ctx, pulls);
  }),
  repoRoute("POST", "/repos/{owner}/{repo}/pulls", "read", async (ctx) => {
    const { flavour, state } = ctx.core;
    const body = asObject(ctx.body);
    const title = requiredStr(body, "title", "PullRequest");
    const headRaw = requiredStr(body, "head", "PullRequest");
    const base = requiredStr(body, "base", "PullRequest");
    const head = headBranch(ctx, headRaw);
    const invalid = (field) => unprocessable("Validation Failed", [{ resource: "PullRequest", field, code: "invalid" }]);
    if (head === base) {
      if (flavour === "forgejo") throw unprocessable("Invalid PullRequest: There are no changes between the head and the base");
      throw unprocessable("Validation Failed", [{ resource: "PullRequest", field: "base", code: "custom", message: "head and base must be different" }]);
    }
    const headSha = head && isSafeRef(head) ? await branchSha(ctx.repo.gitDir, head) : void 0;
    const baseSha = isSafeRef(base) ? await branchSha(ctx.repo.gitDir, base) : void 0;
    if (!headSha) throw flavour === "forgejo" ? notFound("head branch does not exist") : invalid("head");
    if (!baseSha) throw flavour === "forgejo" ? notFound("base branch does not exist") : invalid("base");
    const dup = [...ctx.repo.issues.values()].find(
      (i) => i.pull && i.state === "open" && i.pull.headRef === head && i.pull.baseRef === base
    );
    if (dup) {
      if (flavour === "forgejo") throw new ApiError(409, `pull request already exists for these targets [id: ${dup.pull.id}, issue_id: ${dup.number}, head_branch: ${head}, base_branch: ${base}]`);
      throw unprocessable("Validation Failed", [{ resource: "PullRequest", field: "head", code: "custom", message: `A pull request already exists for ${ctx.repo.owner}:${head}.` }]);
    }
    if (flavour === "github" && (await diffStats(ctx.repo.gitDir, baseSha, headSha)).commits === 0) {
      throw unprocessable("Validation Failed", [{ resource: "PullRequest", field: "head", code: "custom", message: `No commits between ${base} and ${head}` }]);
    }
    const draft = flavour === "github" ? bool(body, "draft", "PullRequest") ?? false : false;
    const labels2 = flavour === "forgejo" && body.labels !== void 0 && atLeast(ctx.permission, "write") ? labelsFromRequest(ctx, body.labels) : [];
    const issue = state.createIssue(ctx.repo, {
      title,
      body: str(body, "body", "PullRequest") ?? "",
      login: ctx.user.login,
      labelIds: labels2.map((l) => l.id),
      pull: { headRef: head, baseRef: base, draft, requestedReviewers: [], merged: false, mergedAt: null }
    });
    await setRef(ctx.repo.gitDir, `refs/pull/${issue.number}/head`, headSha);
    await pullEvent(ctx, issue, "opened");
    await labelEvents(ctx, issue, [], "add", labels2);
    return presentPull(ctx, issue, true, 201);
  }),
  // GitHub serves the pull request as a diff when asked for its diff media type (application/vnd.github.v3.diff).
  repoRoute(
    "GET",
    "/repos/{owner}/{repo}/pulls/{number}",
    "read",
    async (ctx) => ctx.core.flavour === "github" && /application\/vnd\.github(\.v3)?\.diff/.test(ctx.accept) ? diffReply(ctx, pullOf(ctx)) : presentPull(ctx, pullOf(ctx))
  ),
  // Forgejo: repoDownloadPullDiffOrPatch. Only `.diff` here; `.patch` (a mail per commit) is not served.
  repoRoute(
    "GET",
    "/repos/{owner}/{repo}/pulls/{number}.{diffType}",
    "read",
    async (ctx) => {
      if (ctx.params.diffType !== "diff") throw notFound();
      return diffReply(ctx, pullOf(ctx));
    },
    ["forgejo"]
  ),
  repoRoute("PATCH", "/repos/{owner}/{repo}/pulls/{number}", "read", async (ctx) => {
    const issue = pullOf(ctx);
    if (!isSelf(ctx, issue.login) && !atLeast(ctx.permission, "write")) throw forbidden("Must have write access to edit what others wrote");
    const body = asObject(ctx.body);
    const title = str(body, "title", "PullRequest");
    const text2 = str(body, "body", "PullRequest");
    const state = str(body, "state", "PullRequest");
    const base = str(body, "base", "PullRequest");
    if (state !== void 0 && state !== "open" && state !== "closed")
      throw unprocessable("Validation Failed", [{ resource: "PullRequest", field: "state", code: "invalid" }]);
    if (base !== void 0 && !(isSafeRef(base) && await branchSha(ctx.repo.gitDir, base)))
      throw unprocessable("Validation Failed", [{ resource: "PullRequest", field: "base", code: "invalid" }]);
    const before = { title: issue.title, body: issue.body, base: issue.pull.baseRef, state: issue.state };
    if (title !== void 0) issue.title = title;
    if (text2 !== void 0) issue.body = text2;
    if (base !== void 0) issue.pull.baseRef = base;
    ctx.core.state.touch(issue);
    if (state !== void 0) ctx.core.state.setIssueState(issue, state);
    if (issue.title !== before.title || issue.body !== before.body || issue.pull.baseRef !== before.base) await pullEvent(ctx, issue, "edited");
    if (issue.state !== before.state) await pullEvent(ctx, issue, issue.state === "closed" ? "closed" : "reopened");
    return presentPull(ctx, issue, true, ctx.core.flavour === "forgejo" ? 201 : 200);
  }),
  repoRoute(
    "GET",
    "/repos/{owner}/{repo}/pulls/{base}/{head+}",
    "read",
    async (ctx) => {
      const base = ctx.params.base;
      const head = headBranch(ctx, ctx.params.head);
      const match = [...ctx.repo.issues.values()].filter((i) => i.pull && i.pull.baseRef === base && i.pull.headRef === head).sort((a, b) => b.number - a.number)[0];
      if (!match) throw notFound();
      return presentPull(ctx, match);
    },
    ["forgejo"]
  ),
  repoRoute(
    "GET",
    "/repos/{owner}/{repo}/pulls/{number}/requested_reviewers",
    "read",
    (ctx) => {
      const issue = pullOf(ctx);
      return ok({ users: issue.pull.requestedReviewers.map((l) => ctx.core.present.user(ctx.core.state.user(l))), teams: [] });
    },
    ["github"]
  ),
  repoRoute("POST", "/repos/{owner}/{repo}/pulls/{number}/requested_reviewers", "read", async (ctx) => {
    const { state, flavour, present } = ctx.core;
    const issue = pullOf(ctx);
    if (!isSelf(ctx, issue.login) && !atLeast(ctx.permission, "write")) throw forbidden("Resource not accessible by integration");
    const logins = stringList(asObject(ctx.body), "reviewers", "PullRequest") ?? [];
    const requests = [];
    for (const login of logins) {
      const user = state.user(login);
      if (!user) {
        if (flavour === "forgejo") throw notFound(`User '${login}' not exist`);
        throw unprocessable(`Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the ${ctx.repo.fullName} repository.`);
      }
      if (user.login.toLowerCase() === issue.login.toLowerCase())
        throw unprocessable(flavour === "forgejo" ? "reviewer is the poster" : "Review cannot be requested from pull request author.");
      if (!atLeast(state.permission(ctx.repo, user.login), "read"))
        throw unprocessable(flavour === "forgejo" ? "reviewer cannot read the repository" : "Reviews may only be requested from collaborators.");
      if (!issue.pull.requestedReviewers.some((l) => l.toLowerCase() === user.login.toLowerCase())) {
        issue.pull.requestedReviewers.push(user.login);
        if (flavour === "forgejo") {
          requests.push(state.addReview(ctx.repo, { number: issue.number, login: user.login, state: "review_requested", body: "", commitId: "" }));
        }
      }
    }
    state.touch(issue);
    if (flavour === "forgejo") return created(requests.map((r) => present.review(ctx.repo, r)));
    return presentPull(ctx, issue, false, 201);
  }),
  repoRoute("DELETE", "/repos/{owner}/{repo}/pulls/{number}/requested_reviewers", "read", async (ctx) => {
    const issue = pullOf(ctx);
    if (!isSelf(ctx, issue.login) && !atLeast(ctx.permission, "write")) throw forbidden("Resource not accessible by integration");
    for (const login of stringList(asObject(ctx.body), "reviewers", "PullRequest") ?? []) clearRequest(ctx, issue, login);
    return ctx.core.flavour === "forgejo" ? noContent() : presentPull(ctx, issue, false);
  }),
  repoRoute("GET", "/repos/{owner}/{repo}/pulls/{number}/reviews", "read", (ctx) => {
    const issue = pullOf(ctx);
    return paged(ctx, visibleReviews(ctx, issue.number), (r) => ctx.core.present.review(ctx.repo, r));
  }),
  repoRoute("POST", "/repos/{owner}/{repo}/pulls/{number}/reviews", "read", async (ctx) => {
    const { state, present } = ctx.core;
    const issue = pullOf(ctx);
    const body = asObject(ctx.body);
    const text2 = str(body, "body", "PullRequestReview") ?? "";
    const comments = reviewComments(ctx, body.comments);
    const target = reviewState(ctx, issue, str(body, "event", "PullRequestReview"), text2, comments.length > 0);
    if (ctx.core.flavour === "github" && target === "pending" && state.reviewsOf(ctx.repo, issue.number).some((r) => r.state === "pending" && isSelf(ctx, r.login))) {
      throw unprocessable("Unprocessable Entity", ["User can only have one pending review per pull request"]);
    }
    const commitId = str(body, "commit_id", "PullRequestReview") ?? await branchSha(ctx.repo.gitDir, issue.pull.headRef) ?? "";
    if (ctx.core.flavour === "github" && comments.length > 0) await linesInDiff(ctx, issue, comments);
    const review = state.addReview(ctx.repo, { number: issue.number, login: ctx.user.login, state: "pending", body: text2, commitId });
    for (const c of comments) {
      state.addReviewComment(ctx.repo, { reviewId: review.id, number: issue.number, login: ctx.user.login, commitId, ...c });
    }
    submit(ctx, issue, review, target, text2);
    if (target !== "pending") await reviewEvent(ctx, issue, review);
    if (target === "approved") await runAutoMerges(ctx, { pull: issue.number });
    return ok(present.review(ctx.repo, review));
  }),
  repoRoute(
    "GET",
    "/repos/{owner}/{repo}/pulls/{number}/reviews/{review_id}",
    "read",
    (ctx) => ok(ctx.core.present.review(ctx.repo, reviewOf(ctx, pullOf(ctx))))
  ),
  // Forgejo has no GET /pulls/{n}/comments: review comments are listed per review.
  repoRoute("GET", "/repos/{owner}/{repo}/pulls/{number}/reviews/{review_id}/comments", "read", (ctx) => {
    const review = reviewOf(ctx, pullOf(ctx));
    const comments = [...ctx.repo.reviewComments.values()].filter((c) => c.reviewId === review.id);
    return ctx.core.flavour === "forgejo" ? ok(comments.map((c) => ctx.core.present.reviewComment(ctx.repo, c))) : paged(ctx, comments, (c) => ctx.core.present.reviewComment(ctx.repo, c, true));
  }),
  // Submitting a pending review: GitHub POST .../reviews/{id}/events, Forgejo POST .../reviews/{id}.
  repoRoute("POST", "/repos/{owner}/{repo}/pulls/{number}/reviews/{review_id}/events", "read", (ctx) => submitPending(ctx), ["github"]),
  repoRoute("POST", "/repos/{owner}/{repo}/pulls/{number}/reviews/{review_id}", "read", (ctx) => submitPending(ctx), ["forgejo"]),
  // Merging: GitHub PUT .../merge (`merge_method`), Forgejo POST .../merge (`Do`).
  repoRoute("PUT", "/repos/{owner}/{repo}/pulls/{number}/merge", "write", (ctx) => mergePull(ctx), ["github"]),
  repoRoute("POST", "/repos/{owner}/{repo}/pulls/{number}/merge", "write", (ctx) => mergePull(ctx), ["forgejo"]),
  /**
   * A reply in a review comment's thread (GitHub only; Forgejo's API has no thread replies).
   * GitHub threads are one level deep: a reply to a reply joins its thread. Like a single
   * comment, it is a review of its own, `commented`, with the events of a submitted review.
   */
  repoRoute(
    "POST",
    "/repos/{owner}/{repo}/pulls/{number}/comments/{comment_id}/replies",
    "read",
    async (ctx) => {
      const { state, present } = ctx.core;
      const issue = pullOf(ctx);
      const parent = ctx.repo.reviewComments.get(intParam(ctx, "comment_id"));
      if (!parent || parent.number !== issue.number) throw notFound();
      const text2 = requiredStr(asObject(ctx.body), "body", "PullRequestReviewComment");
      const review = state.addReview(ctx.repo, { number: issue.number, login: ctx.user.login, state: "pending", body: "", commitId: parent.commitId });
      const reply = state.addReviewComment(ctx.repo, {
        reviewId: review.id,
        number: issue.number,
        login: ctx.user.login,
        path: parent.path,
        line: parent.line,
        side: parent.side,
        inReplyTo: parent.inReplyTo ?? parent.id,
        body: text2,
        commitId: parent.commitId
      });
      submit(ctx, issue, review, "commented", "");
      await reviewEvent(ctx, issue, review);
      return created(present.reviewComment(ctx.repo, reply));
    },
    ["github"]
  ),
  repoRoute(
    "GET",
    "/repos/{owner}/{repo}/pulls/{number}/comments",
    "read",
    (ctx) => {
      const issue = pullOf(ctx);
      const visible = new Set(visibleReviews(ctx, issue.number).map((r) => r.id));
      const comments = [...ctx.repo.reviewComments.values()].filter((c) => c.number === issue.number && visible.has(c.reviewId));
      return paged(ctx, comments, (c) => ctx.core.present.reviewComment(ctx.repo, c));
    },
    ["github"]
  )
];
async function diffReply(ctx, issue) {
  const { headSha, baseSha } = await pullGit(ctx, issue, false);
  if (!headSha || !baseSha) throw notFound();
  return { status: 200, text: { content: await pullDiff(ctx.repo.gitDir, baseSha, headSha), type: "text/plain; charset=utf-8" } };
}
async function linesInDiff(ctx, issue, comments) {
  const { headSha, baseSha } = await pullGit(ctx, issue, false);
  const files = parseUnifiedDiff(headSha && baseSha ? await pullDiff(ctx.repo.gitDir, baseSha, headSha) : "");
  for (const c of comments) {
    const file = files.get(c.path);
    if (!file) throw unprocessable("Unprocessable Entity", ["Path could not be resolved"]);
    if (!(c.side === "LEFT" ? file.left : file.right).has(c.line)) {
      throw unprocessable("Unprocessable Entity", ["Pull request review thread line must be part of the diff and Pull request review thread diff hunk can't be blank"]);
    }
  }
}
async function submitPending(ctx) {
  const issue = pullOf(ctx);
  const review = reviewOf(ctx, issue);
  if (!isSelf(ctx, review.login)) throw notFound();
  if (review.state !== "pending") throw unprocessable("only a pending review can be submitted");
  const body = asObject(ctx.body);
  const text2 = str(body, "body", "PullRequestReview") ?? review.body;
  const hasComments = [...ctx.repo.reviewComments.values()].some((c) => c.reviewId === review.id);
  const event = str(body, "event", "PullRequestReview");
  if (ctx.core.flavour === "github" && !event)
    throw unprocessable(`Invalid request.

"event" wasn't supplied.`);
  const target = reviewState(ctx, issue, event, text2, hasComments);
  if (target === "pending") throw unprocessable("review stay pending");
  submit(ctx, issue, review, target, text2);
  await reviewEvent(ctx, issue, review);
  if (target === "approved") await runAutoMerges(ctx, { pull: issue.number });
  return ok(ctx.core.present.review(ctx.repo, review));
}
async function pagedPulls(ctx, pulls) {
  const git4 = /* @__PURE__ */ new Map();
  for (const p of pulls) git4.set(p.number, await pullGit(ctx, p, false));
  return paged(ctx, pulls, (p) => ctx.core.present.pull(ctx.repo, p, git4.get(p.number)));
}
async function mergePull(ctx) {
  const { flavour } = ctx.core;
  const issue = pullOf(ctx);
  const p = issue.pull;
  const body = asObject(ctx.body ?? {});
  const refused = (message) => ({ status: 405, body: { message, documentation_url: "https://docs.github.com/rest/pulls/pulls#merge-a-pull-request" } });
  if (issue.state !== "open" || p.merged) {
    if (flavour === "forgejo") throw notFound();
    return refused("Pull Request is not mergeable");
  }
  const method = flavour === "github" ? str(body, "merge_method", "PullRequest") ?? "merge" : str(body, "Do", "PullRequest") ?? "";
  if (!["merge", "squash"].includes(method)) {
    if (flavour === "github" && method !== "rebase") throw unprocessable("Validation Failed", [{ resource: "PullRequest", field: "merge_method", code: "invalid" }]);
    throw new ApiError(405, `merge method '${method}' is not supported by the local forge; use merge or squash`);
  }
  const { headSha } = await pullGit(ctx, issue, false);
  const expected = flavour === "github" ? str(body, "sha", "PullRequest") : str(body, "head_commit_id", "PullRequest");
  if (expected && expected !== headSha) throw new ApiError(409, "Head branch was modified. Review and try the merge again.");
  const title = flavour === "github" ? str(body, "commit_title", "PullRequest") : str(body, "MergeTitleField", "PullRequest");
  const extra = flavour === "github" ? str(body, "commit_message", "PullRequest") : str(body, "MergeMessageField", "PullRequest");
  if (!mayMerge(ctx.repo, issue, ctx.user.login)) {
    if (flavour === "forgejo") throw new ApiError(405, "User not allowed to merge PR");
    return refused("You're not authorized to push to this branch. Visit https://docs.github.com/articles/about-protected-branches/ for more information.");
  }
  const m = { method, ...title ? { title } : {}, ...extra ? { message: extra } : {} };
  if (flavour === "forgejo" && bool(body, "merge_when_checks_succeed", "PullRequest")) {
    if (p.autoMerge) throw new ApiError(409, `pull request is already scheduled to auto merge when checks succeed [PullID: ${p.id}]`);
    p.autoMerge = { method: m.method, enabledBy: ctx.user.login, ...ctx.token.job ? { job: ctx.token.job } : {}, ...title ? { commitTitle: title } : {}, ...extra ? { commitMessage: extra } : {}, at: ctx.core.state.now() };
    await runAutoMerges(ctx, { pull: issue.number });
    return p.merged ? ok(void 0) : { status: 201 };
  }
  const unmet = unmetRequirements(ctx.repo, issue, headSha, flavour);
  if (unmet.length > 0) {
    if (flavour === "github") return refused(unmet[0]);
    throw new ApiError(405, `not allowed to merge [reason: ${unmet.join(" ")}]`);
  }
  const sha = await mergeNow(ctx, issue, m);
  if (!sha) {
    if (flavour === "github") return refused("Pull Request is not mergeable");
    throw new ApiError(409, "merge conflict");
  }
  if (flavour === "forgejo") return ok(void 0);
  return ok({ sha, merged: true, message: "Pull Request successfully merged" });
}

// src/localforge/routes-repos.ts
var repoRoutes = [
  userRoute("GET", "/user", (ctx) => ok(ctx.core.present.profile(ctx.user))),
  userRoute("GET", "/users/{username}", (ctx) => {
    const u = ctx.core.state.user(ctx.params.username);
    if (!u) throw notFound();
    return ok(ctx.core.present.profile(u));
  }),
  repoRoute("GET", "/repos/{owner}/{repo}", "read", (ctx) => ok(ctx.core.present.repo(ctx.repo, ctx.permission))),
  // Forgejo serves `/branches/*`; GitHub takes the name as one (possibly encoded) segment
  // but also answers unencoded slashes, so both accept the rest of the path.
  repoRoute("GET", "/repos/{owner}/{repo}/branches/{branch+}", "read", async (ctx) => {
    const name = ctx.params.branch;
    const sha = await branchSha(ctx.repo.gitDir, name);
    if (!sha) throw notFound("Branch not found");
    return ok(ctx.core.present.branch(ctx.repo, name, await commitInfo(ctx.repo.gitDir, sha), ctx.permission));
  }),
  // What a tag, branch or sha names: GitHub answers with the commit; Forgejo has /tags/{tag} (and /branches).
  repoRoute(
    "GET",
    "/repos/{owner}/{repo}/commits/{ref}",
    "read",
    async (ctx) => {
      const sha = await resolveCommit(ctx.repo.gitDir, ctx.params.ref);
      if (!sha) throw notFound(`No commit found for SHA: ${ctx.params.ref}`);
      return ok(ctx.core.present.commit(ctx.repo, await commitInfo(ctx.repo.gitDir, sha)));
    },
    ["github"]
  ),
  repoRoute(
    "GET",
    "/repos/{owner}/{repo}/tags/{tag}",
    "read",
    async (ctx) => {
      const sha = await tagSha(ctx.repo.gitDir, ctx.params.tag);
      if (!sha) throw notFound();
      return ok(ctx.core.present.tag(ctx.repo, ctx.params.tag, await commitInfo(ctx.repo.gitDir, sha)));
    },
    ["forgejo"]
  ),
  // Both forges list runners to repository admins only (GitHub: the Administration permission;
  // Forgejo: reqAdmin). GitHub wraps the page in `{ total_count, runners }`.
  repoRoute("GET", "/repos/{owner}/{repo}/actions/runners", "admin", (ctx) => {
    const runners = ctx.repo.runners;
    if (ctx.core.flavour === "forgejo") return paged(ctx, runners, (x) => ctx.core.present.runner(x));
    const page = paged(ctx, runners, (x) => ctx.core.present.runner(x));
    return { ...page, body: { total_count: runners.length, runners: page.body } };
  }),
  repoRoute("GET", "/repos/{owner}/{repo}/collaborators/{username}/permission", "read", (ctx) => {
    const { state, flavour, present } = ctx.core;
    const target = state.user(ctx.params.username);
    if (!target) throw notFound();
    if (flavour === "forgejo" && !ctx.user.siteAdmin && target.login.toLowerCase() !== ctx.user.login.toLowerCase() && !atLeast(ctx.permission, "admin")) {
      throw forbidden("Only admins can query all permissions, repo admins can query all repo permissions, collaborators can query only their own");
    }
    return ok(present.collaboratorPermission(ctx.repo, target, state.permission(ctx.repo, target.login)));
  })
];

// src/localforge/routes.ts
var API_ROUTES = [...repoRoutes, ...issueRoutes, ...pullRoutes, ...commitRoutes, ...actionsRoutes];

// src/localforge/state.ts
var ForgeState = class {
  constructor(clock) {
    this.clock = clock;
  }
  clock;
  users = /* @__PURE__ */ new Map();
  tokens = /* @__PURE__ */ new Map();
  repos = /* @__PURE__ */ new Map();
  // One sequence for every kind of id, so an id used for the wrong kind of object
  // (a comment id as a review id) finds nothing instead of finding the wrong thing.
  lastId = 0;
  nextId() {
    return ++this.lastId;
  }
  /** ISO 8601 without milliseconds, as both forges print timestamps. */
  now() {
    return this.clock().toISOString().replace(/\.\d{3}Z$/, "Z");
  }
  user(login) {
    return this.users.get(login.toLowerCase());
  }
  addUser(u) {
    const key = u.login.toLowerCase();
    const existing = this.users.get(key);
    if (existing) return existing;
    const rec = {
      id: u.id ?? this.nextId(),
      login: u.login,
      type: u.type ?? "User",
      siteAdmin: u.siteAdmin ?? false,
      name: u.name ?? u.login,
      email: `${u.login.replace(/\[bot\]$/, "")}@users.noreply.localhost`,
      createdAt: this.now()
    };
    this.users.set(key, rec);
    return rec;
  }
  repo(fullName) {
    return this.repos.get(fullName.toLowerCase());
  }
  /** The user's own permission on the repo: owner is admin, collaborators as granted, others none. */
  permission(repo, login) {
    if (login.toLowerCase() === repo.owner.toLowerCase()) return "admin";
    return repo.collaborators.get(login.toLowerCase()) ?? "none";
  }
  labelByName(repo, name, caseInsensitive) {
    for (const l of repo.labels.values()) {
      if (caseInsensitive ? l.name.toLowerCase() === name.toLowerCase() : l.name === name) return l;
    }
    return void 0;
  }
  createLabel(repo, l) {
    const rec = {
      id: this.nextId(),
      name: l.name,
      color: (l.color ?? "ededed").replace(/^#/, "").toLowerCase(),
      description: l.description ?? ""
    };
    repo.labels.set(rec.id, rec);
    return rec;
  }
  createIssue(repo, i) {
    const now = this.now();
    const rec = {
      id: this.nextId(),
      number: repo.nextNumber++,
      title: i.title,
      body: i.body ?? "",
      state: "open",
      login: i.login,
      labelIds: [...new Set(i.labelIds ?? [])],
      assignees: [],
      createdAt: now,
      updatedAt: now,
      closedAt: null,
      reactions: [],
      ...i.pull ? { pull: { ...i.pull, id: this.nextId() } } : {}
    };
    repo.issues.set(rec.number, rec);
    return rec;
  }
  setIssueState(issue, state) {
    if (issue.state === state) return;
    issue.state = state;
    issue.closedAt = state === "closed" ? this.now() : null;
    this.touch(issue);
  }
  touch(issue) {
    issue.updatedAt = this.now();
  }
  addComment(repo, issue, login, body) {
    const now = this.now();
    const rec = {
      id: this.nextId(),
      issueNumber: issue.number,
      login,
      body,
      createdAt: now,
      updatedAt: now,
      reactions: []
    };
    repo.comments.set(rec.id, rec);
    this.touch(issue);
    return rec;
  }
  commentsOf(repo, number2) {
    return [...repo.comments.values()].filter((c) => c.issueNumber === number2);
  }
  /** Adds a reaction unless the user already left that one; returns it and whether it is new. */
  react(list, login, content) {
    const existing = list.find((r) => r.login === login && r.content === content);
    if (existing) return { reaction: existing, created: false };
    const reaction = { id: this.nextId(), login, content, createdAt: this.now() };
    list.push(reaction);
    return { reaction, created: true };
  }
  addReview(repo, r) {
    const now = this.now();
    const rec = {
      id: this.nextId(),
      number: r.number,
      login: r.login,
      state: r.state,
      body: r.body,
      commitId: r.commitId,
      createdAt: now,
      submittedAt: r.state === "pending" || r.state === "review_requested" ? null : now
    };
    repo.reviews.set(rec.id, rec);
    return rec;
  }
  reviewsOf(repo, number2) {
    return [...repo.reviews.values()].filter((r) => r.number === number2);
  }
  addReviewComment(repo, c) {
    const now = this.now();
    const rec = { id: this.nextId(), ...c, createdAt: now, updatedAt: now };
    repo.reviewComments.set(rec.id, rec);
    return rec;
  }
  addStatus(repo, s) {
    const now = this.now();
    const rec = { id: this.nextId(), ...s, createdAt: now, updatedAt: now };
    repo.statuses.push(rec);
    return rec;
  }
  /** All statuses for a commit, newest first. */
  statusesOf(repo, sha) {
    return repo.statuses.filter((s) => s.sha === sha).reverse();
  }
  /** The newest status per context, newest first. */
  latestStatuses(repo, sha) {
    const seen = /* @__PURE__ */ new Set();
    return this.statusesOf(repo, sha).filter((s) => seen.has(s.context) ? false : (seen.add(s.context), true));
  }
};

// src/localforge/validation.ts
var import__ = __toESM(require__(), 1);
import { readFileSync as readFileSync10 } from "node:fs";
var EXTRA_ROUTES = { github: {}, forgejo: {} };
var UNDOCUMENTED_STATUSES = {
  github: {},
  forgejo: {
    "POST /repos/{owner}/{repo}/pulls/{number}/merge": {
      201: "routers/api/v1/repo/pull.go (MergePullRequest) answers 201 with no body when merge_when_checks_succeed schedules the merge; the swagger lists only 200"
    }
  }
};
var ViolationLog = class {
  list = [];
  get entries() {
    return this.list;
  }
  add(v) {
    this.list.push(v);
  }
  /** Removes and returns the violations matching `filter`, for tests that break the description on purpose. */
  take(filter) {
    const taken = this.list.filter(filter);
    const kept = this.list.filter((v) => !filter(v));
    this.list.splice(0, this.list.length, ...kept);
    return taken;
  }
  reset() {
    this.list.length = 0;
  }
  /** One line per problem: `response 200 of GET /repos/... (issues/get): /labels/0/color: must be string`. */
  lines() {
    return this.list.flatMap((v) => {
      const what = v.side === "response" ? `response ${v.status} of ${v.route}` : `request ${v.route}`;
      return v.problems.map((p) => `${what} (${v.operation}, ${v.path}): ${p}`);
    });
  }
};
var FILES = {
  github: new URL("../../schema/forge-api/github.json", import.meta.url),
  forgejo: new URL("../../schema/forge-api/forgejo.json", import.meta.url)
};
var descriptions = /* @__PURE__ */ new Map();
function apiDescription(flavour) {
  let d = descriptions.get(flavour);
  if (!d) {
    d = JSON.parse(readFileSync10(FILES[flavour], "utf8"));
    descriptions.set(flavour, d);
  }
  return d;
}
var RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
var FORMATS = {
  "date-time": (s) => RFC3339.test(s) && !Number.isNaN(Date.parse(s)),
  uri: (s) => /^[A-Za-z][A-Za-z0-9+.-]*:/.test(s) && URL.canParse(s),
  email: (s) => /^[^\s@]+@[^\s@]+$/.test(s)
};
var FlavourValidators = class {
  constructor(flavour, description) {
    this.description = description;
    this.defsId = `forge-api:${flavour}`;
    this.ajv = new import__.Ajv2019({ allErrors: true, strictSchema: true, strictTypes: false, strictTuples: false, strictRequired: false, allowUnionTypes: true });
    for (const format2 of collectFormats(description)) {
      const check = FORMATS[format2];
      this.ajv.addFormat(format2, check ?? true);
    }
    const definitions2 = Object.fromEntries(
      Object.entries(description.definitions).map(([name, s]) => [name, this.prepare(s, "#/definitions/")])
    );
    this.ajv.addSchema({ $id: this.defsId, definitions: definitions2 });
  }
  description;
  ajv;
  compiled = /* @__PURE__ */ new Map();
  defsId;
  validator(key, schema3) {
    let v = this.compiled.get(key);
    if (!v) {
      v = this.ajv.compile(this.prepare(schema3, `${this.defsId}#/definitions/`));
      this.compiled.set(key, v);
    }
    return v;
  }
  /**
   * The description's schema as JSON Schema 2019-09 for ajv: OpenAPI 3.0 `nullable` becomes
   * a `null` type; in swagger 2.0, which cannot say nullable, strings, arrays and objects
   * under a property may be null (Forgejo is written in Go, which sends nil pointers,
   * slices and maps as null); objects are closed (see the module comment).
   */
  prepare(schema3, refBase) {
    const swagger = this.description.dialect === "swagger-2.0";
    const walk = (s, where) => {
      if (typeof s.$ref === "string") {
        const ref = { $ref: s.$ref.replace("#/definitions/", refBase) };
        return swagger && where === "property" ? { anyOf: [{ type: "null" }, ref] } : ref;
      }
      const out = {};
      for (const [k, v] of Object.entries(s)) {
        if (k === "nullable") continue;
        if (k === "properties") {
          out.properties = Object.fromEntries(Object.entries(v).map(([p, ps]) => [p, walk(ps, "property")]));
        } else if (k === "additionalProperties" && typeof v === "object" && v !== null) {
          out.additionalProperties = walk(v, "property");
        } else if (k === "items") {
          out.items = walk(v, "other");
        } else if (k === "allOf") {
          out.allOf = v.map((b) => walk(b, "allOf"));
        } else if (k === "anyOf" || k === "oneOf") {
          out[k] = v.map((b) => walk(b, "other"));
        } else if (k === "not") {
          out.not = walk(v, "other");
        } else {
          out[k] = v;
        }
      }
      const closable = out.properties !== void 0 && where !== "allOf" || out.allOf !== void 0;
      if (closable && out.additionalProperties === void 0) out.unevaluatedProperties = false;
      const nullable = s.nullable === true || swagger && where === "property" && ["string", "array", "object"].includes(s.type);
      return nullable ? orNull(out) : out;
    };
    return walk(schema3, "root");
  }
};
function orNull(s) {
  if (typeof s.type === "string" && !s.allOf && !s.anyOf && !s.oneOf && !s.not) {
    const out = { ...s, type: [s.type, "null"] };
    if (Array.isArray(s.enum)) out.enum = [...s.enum, null];
    return out;
  }
  return { anyOf: [{ type: "null" }, s] };
}
function collectFormats(d) {
  const found = /* @__PURE__ */ new Set();
  const walk = (x) => {
    if (Array.isArray(x)) return x.forEach(walk);
    if (x === null || typeof x !== "object") return;
    const o = x;
    if (typeof o.format === "string") found.add(o.format);
    Object.values(o).forEach(walk);
  };
  walk(d.operations);
  walk(d.definitions);
  return found;
}
var byFlavour = /* @__PURE__ */ new Map();
function validators(flavour) {
  let v = byFlavour.get(flavour);
  if (!v) {
    v = new FlavourValidators(flavour, apiDescription(flavour));
    byFlavour.set(flavour, v);
  }
  return v;
}
var MAX_PROBLEMS = 8;
function isNullNoise(e, all) {
  if (e.keyword === "type" && e.params.type === "null") return true;
  return e.keyword === "anyOf" && all.some((o) => o !== e && o.instancePath.startsWith(e.instancePath) && !isNullAlternative(o));
}
function isNullAlternative(e) {
  return e.keyword === "anyOf" || e.keyword === "type" && e.params.type === "null";
}
function problems(errors, where) {
  const all = errors ?? [];
  const kept = all.filter((e) => !isNullNoise(e, all));
  const lines = (kept.length > 0 ? kept : all).map((e) => {
    const at = `${where}${e.instancePath}`;
    if (e.keyword === "unevaluatedProperties") {
      return `${at}: has '${String(e.params.unevaluatedProperty)}', which the description does not define`;
    }
    if (e.keyword === "enum") return `${at}: ${e.message} ${JSON.stringify(e.params.allowedValues)}`;
    return `${at}: ${e.message}`;
  });
  const unique = [...new Set(lines)];
  return unique.length > MAX_PROBLEMS ? [...unique.slice(0, MAX_PROBLEMS), `... and ${unique.length - MAX_PROBLEMS} more`] : unique;
}
var ApiValidator = class {
  constructor(flavour) {
    this.flavour = flavour;
    this.v = validators(flavour);
  }
  flavour;
  v;
  /** The operation a route key maps to; undefined for routes served on purpose without one. */
  operation(route) {
    return this.v.description.operations[route];
  }
  /** Problems with a request's query parameter names and body; empty when it matches. */
  checkRequest(route, query, body) {
    const op = this.operation(route);
    if (!op) return this.missing(route);
    const out = [];
    for (const name of new Set(query.keys())) {
      if (!op.query.includes(name)) out.push(`query parameter '${name}' is not in the description (it has: ${op.query.join(", ") || "none"})`);
    }
    if (!op.requestBody) {
      if (body !== void 0) out.push("has a body; the description takes none");
    } else if (body === void 0) {
      if (op.requestBody.required) out.push("has no body; the description requires one");
    } else {
      const check = this.v.validator(`${route} request`, op.requestBody.schema);
      if (!check(body)) out.push(...problems(check.errors, "body"));
    }
    return out;
  }
  /**
   * Problems with a response; empty when it matches. A success status must be one the
   * description lists; an error status it does not list is not checked (both forges answer
   * 401s and 404s their descriptions leave out), one it lists is.
   */
  checkResponse(route, status, body) {
    const op = this.operation(route);
    if (!op) return this.missing(route);
    const spec = op.responses[String(status)];
    const success = status >= 200 && status < 300;
    if (!spec) {
      if (UNDOCUMENTED_STATUSES[this.flavour][route]?.[status] !== void 0) return body === void 0 ? [] : [`status ${status} has a body; the forge answers it with none`];
      return success ? [`status ${status} is not in the description (it lists ${Object.keys(op.responses).join(", ")})`] : [];
    }
    if (!spec.schema) return success && body !== void 0 ? [`status ${status} has a body; the description has none`] : [];
    if (body === void 0) return [`status ${status} has no body; the description has one`];
    const check = this.v.validator(`${route} ${status}`, spec.schema);
    return check(body) ? [] : problems(check.errors, "body");
  }
  missing(route) {
    if (route in EXTRA_ROUTES[this.flavour]) return [];
    return [
      `the route has no operation in schema/forge-api/${this.flavour}.json: run 'npm run forge-api', and if the description lacks it, serve it only with a reason in EXTRA_ROUTES`
    ];
  }
};

// src/localforge/server.ts
var API_BASE = { github: "/api/v3", forgejo: "/api/v1" };
var GRAPHQL_ROUTE = routeKey("POST", "/graphql");
var GIT_ROUTES = {
  refs: routeKey("GET", "/{owner}/{repo}.git/info/refs"),
  upload: routeKey("POST", "/{owner}/{repo}.git/git-upload-pack"),
  receive: routeKey("POST", "/{owner}/{repo}.git/git-receive-pack")
};
async function startLocalForge(opts) {
  const flavour = opts.flavour;
  if (flavour !== "github" && flavour !== "forgejo") {
    throw new Error(`Invalid flavour '${String(flavour)}'. Expected "github" or "forgejo".`);
  }
  const ownsRoot = opts.root === void 0;
  const root = opts.root ? path18.resolve(opts.root) : await mkdtemp2(path18.join(os4.tmpdir(), "crustyclaw-forge-"));
  const clock = opts.now ?? (() => /* @__PURE__ */ new Date());
  const state = new ForgeState(clock);
  const issuedJobTokens = [];
  const router = new Router(API_ROUTES, flavour);
  const knownRoutes = [...router.keys(), ...Object.values(GIT_ROUTES), ...flavour === "github" ? [GRAPHQL_ROUTE] : []].sort();
  const requests = new RequestLog();
  const faults = new Faults(knownRoutes);
  const violations = new ViolationLog();
  const validator = opts.validate === false ? void 0 : new ApiValidator(flavour);
  const apiBase = API_BASE[flavour];
  const closing = new AbortController();
  const server = createServer();
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address();
  const url = `http://127.0.0.1:${port}`;
  const urls = { web: url, api: `${url}${apiBase}` };
  const present = flavour === "github" ? new GithubPresenter(state, urls) : new ForgejoPresenter(state, urls);
  const events = new EventLog();
  const core = { flavour, state, present, urls, hooks: new HookPayloads(flavour, present), events, maxResponseItems: opts.maxResponseItems ?? 50 };
  server.on("request", (req, res) => {
    handle(req, res).catch((err) => {
      if (!res.headersSent) {
        sendJson(res, 500, present.error(500, err instanceof Error ? err.message : String(err), []));
      } else {
        res.destroy();
      }
    });
  });
  async function handle(req, res) {
    const reqUrl = new URL(req.url ?? "/", url);
    const method = req.method ?? "GET";
    const pathname = reqUrl.pathname;
    const isApi = pathname === apiBase || pathname.startsWith(`${apiBase}/`);
    const git4 = isApi ? void 0 : matchGit(method, pathname);
    const api = isApi ? router.match(method, pathname.slice(apiBase.length) || "/") : void 0;
    const graphql = flavour === "github" && method === "POST" && pathname === "/api/graphql";
    const key = git4?.key ?? api?.route.key ?? (graphql ? GRAPHQL_ROUTE : void 0);
    const record = requests.record({ method, path: pathname, ...key ? { route: key } : {}, status: 0 });
    res.on("finish", () => {
      record.status = res.statusCode;
    });
    const fault = faults.take(key);
    if (fault) {
      if ("status" in fault.spec) {
        record.fault = "status";
        req.resume();
        sendFault(res, fault.spec.status, fault.spec.retryAfter, git4 !== void 0);
        return;
      }
      record.fault = "timeout";
      const body = api && fault.spec.then !== "close" ? readBody(req) : void 0;
      body?.catch(() => {
      });
      const held = await hold(fault.spec.timeout, closing.signal, git4 ? req : void 0);
      if (!held || fault.spec.then === "close") {
        res.destroy();
        return;
      }
      if (api) return handleApi(req, res, reqUrl, api, record, body);
    }
    if (git4) return handleGit(req, res, reqUrl, git4, record);
    if (graphql) return handleGraphql(req, res, record);
    if (!isApi || !api) {
      req.resume();
      sendJson(res, 404, present.error(404, "Not Found", []));
      return;
    }
    return handleApi(req, res, reqUrl, api, record);
  }
  function readBody(req) {
    if (req.method === "GET" || req.method === "HEAD") {
      req.resume();
      return Promise.resolve(void 0);
    }
    return readJson(req);
  }
  async function handleApi(req, res, reqUrl, match, record, earlyBody) {
    let reply;
    try {
      const token = apiToken(req.headers.authorization);
      const caller = lookup(state, token);
      if (!caller) {
        req.resume();
        throw new ApiError(401, token ? "Bad credentials" : flavour === "github" ? "Requires authentication" : "token is required");
      }
      record.login = caller.user.login;
      const body2 = await (earlyBody ?? readBody(req));
      check("request", match.route.key, reqUrl.pathname, (v) => v.checkRequest(match.route.key, reqUrl.searchParams, body2));
      const ctx = {
        core,
        path: reqUrl.pathname.slice(apiBase.length),
        params: match.params,
        query: reqUrl.searchParams,
        body: body2,
        accept: req.headers.accept ?? "",
        user: caller.user,
        tokenCap: caller.token.cap,
        token: caller.token
      };
      const def = match.route.def;
      if (def.scope === "user") {
        if (caller.token.job && flavour === "github") throw new ApiError(403, "Resource not accessible by integration");
        reply = await def.handle(ctx);
      } else {
        const repo = state.repo(`${match.params.owner}/${match.params.repo}`);
        const job = caller.token.job;
        const isPull = Boolean(repo?.issues.get(Number(match.params.number))?.pull);
        const permission = !repo ? "none" : job ? jobPermission(job, repo, match.route.def.template, isPull) : weakest(state.permission(repo, caller.user.login), caller.token.cap);
        if (!repo || !atLeast(permission, "read")) throw new ApiError(404, "Not Found");
        if (!atLeast(permission, def.need)) throw new ApiError(403, "Resource not accessible by integration");
        if (job && req.method !== "GET" && !atLeast(permission, "write")) throw new ApiError(403, "Resource not accessible by integration");
        const repoCtx = { ...ctx, repo, permission };
        reply = await def.handle(repoCtx);
      }
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      reply = { status: err.status, body: present.error(err.status, err.message, err.errors) };
    }
    const { status, body } = reply;
    if (reply.text) {
      res.writeHead(status, { "content-type": reply.text.type, "content-length": String(Buffer.byteLength(reply.text.content)), ...reply.headers });
      res.end(reply.text.content);
      return;
    }
    const sent = status === 204 || body === void 0 ? void 0 : JSON.parse(JSON.stringify(body));
    check("response", match.route.key, reqUrl.pathname, (v) => v.checkResponse(match.route.key, status, sent), status);
    sendJson(res, reply.status, reply.body, reply.headers);
  }
  function check(side, route, path29, run, status) {
    if (!validator) return;
    const problems2 = run(validator);
    if (problems2.length === 0) return;
    const operation = validator.operation(route)?.operationId ?? "no operation";
    violations.add({ side, route, operation, path: path29, ...status !== void 0 ? { status } : {}, problems: problems2 });
  }
  async function handleGraphql(req, res, record) {
    const caller = lookup(state, apiToken(req.headers.authorization));
    if (!caller) {
      req.resume();
      sendJson(res, 401, { message: "Bad credentials", documentation_url: "https://docs.github.com/graphql" });
      return;
    }
    record.login = caller.user.login;
    let body;
    try {
      body = await readJson(req);
    } catch {
      sendJson(res, 200, { errors: [{ message: "Problems parsing JSON" }] });
      return;
    }
    sendJson(res, 200, await answerGraphql(core, caller, body));
  }
  async function handleGit(req, res, reqUrl, git4, record) {
    const caller = lookup(state, basicToken(req.headers.authorization));
    if (!caller) {
      req.resume();
      res.writeHead(401, { "www-authenticate": 'Basic realm="CrustyClaw local forge"', "content-type": "text/plain" });
      res.end("Authentication required\n");
      return;
    }
    record.login = caller.user.login;
    const repo = state.repo(`${git4.owner}/${git4.repo}`);
    const job = caller.token.job;
    const permission = !repo ? "none" : job ? jobGitPermission(job, repo) : weakest(state.permission(repo, caller.user.login), caller.token.cap);
    if (!repo || !atLeast(permission, "read")) {
      req.resume();
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("Repository not found.\n");
      return;
    }
    const push = git4.key === GIT_ROUTES.receive || reqUrl.searchParams.get("service") === "git-receive-pack";
    if (push && !atLeast(permission, "write")) {
      req.resume();
      res.writeHead(403, { "content-type": "text/plain" });
      res.end(`Permission to ${repo.fullName}.git denied to ${caller.user.login}.
`);
      return;
    }
    const before = git4.key === GIT_ROUTES.receive ? await listRefs(repo.gitDir) : void 0;
    const announce = before ? async () => pushEvents({ core, repo, user: caller.user, token: caller.token }, before, await listRefs(repo.gitDir)) : void 0;
    await serveGit(
      req,
      res,
      {
        projectRoot: root,
        // The on-disk spelling, whatever case the client used.
        pathInfo: `/${repo.owner}/${repo.name}.git${git4.rest}`,
        query: reqUrl.search.replace(/^\?/, ""),
        remoteUser: caller.user.login
      },
      announce
    );
  }
  function sendFault(res, status, retryAfter, git4) {
    const headers = {};
    if (retryAfter !== void 0) headers["retry-after"] = String(retryAfter);
    const message = status === 429 ? "API rate limit exceeded" : status === 502 ? "Bad Gateway" : status === 503 ? "Service Unavailable" : "Server Error";
    if (status === 429 && flavour === "github") {
      headers["x-ratelimit-remaining"] = "0";
      headers["x-ratelimit-reset"] = String(Math.floor(clock().getTime() / 1e3) + (retryAfter ?? 60));
    }
    if (git4) {
      res.writeHead(status, { ...headers, "content-type": "text/plain" });
      res.end(`${message}
`);
      return;
    }
    sendJson(res, status, present.error(status, message, []), headers);
  }
  function sendJson(res, status, body, headers = {}) {
    const extra = flavour === "github" ? { "x-github-media-type": "github.v3; format=json", "x-ratelimit-limit": "5000", "x-ratelimit-resource": "core" } : {};
    if (status === 204 || body === void 0) {
      res.writeHead(status, { ...extra, ...headers });
      res.end();
      return;
    }
    const text2 = JSON.stringify(body);
    res.writeHead(status, {
      "content-type": "application/json; charset=utf-8",
      "content-length": String(Buffer.byteLength(text2)),
      ...extra,
      ...headers
    });
    res.end(text2);
  }
  function repoOrThrow(fullName) {
    const repo = state.repo(fullName);
    if (!repo) throw new Error(`Unknown repository '${fullName}'. Expected one added with addRepo().`);
    return repo;
  }
  const forge = {
    flavour,
    url,
    apiUrl: urls.api,
    root,
    state,
    requests,
    faults,
    violations,
    routes: () => knownRoutes,
    events,
    gitUrl(owner, repo, token) {
      const auth = token ? `x-access-token:${encodeURIComponent(token)}@` : "";
      return `http://${auth}127.0.0.1:${port}/${owner}/${repo}.git`;
    },
    addUser(u) {
      if (!/^[A-Za-z0-9][A-Za-z0-9._-]*(\[bot\])?$/.test(u.login)) {
        throw new Error(`Invalid login '${u.login}'. Expected letters, digits, '.', '_' or '-', optionally ending in [bot].`);
      }
      return state.addUser(u);
    },
    async addRepo(r) {
      for (const [what, name] of [["owner", r.owner], ["repository name", r.name]]) {
        if (!isSafeName(name)) throw new Error(`Invalid ${what} '${name}'. Expected letters, digits, '.', '_' or '-'.`);
      }
      const fullName = `${r.owner}/${r.name}`;
      if (r.empty && (r.files || r.workTree)) throw new Error("An empty repository takes no files and no work tree.");
      if (state.repo(fullName)) throw new Error(`Repository '${fullName}' already exists.`);
      const owner = state.user(r.owner) ?? forge.addUser({ login: r.owner });
      const branch = r.defaultBranch ?? "main";
      const gitDir = path18.join(root, owner.login, `${r.name}.git`);
      const when = clock();
      await initBareRepo(
        gitDir,
        branch,
        r.empty ? void 0 : r.files ?? (r.workTree ? {} : { "README.md": `# ${r.name}
` }),
        { name: "CrustyClaw Local Forge", email: "forge@localhost", date: `${Math.floor(when.getTime() / 1e3)} +0000` },
        r.workTree
      );
      const repo = {
        id: state.nextId(),
        owner: owner.login,
        name: r.name,
        fullName: `${owner.login}/${r.name}`,
        description: r.description ?? "",
        defaultBranch: branch,
        createdAt: state.now(),
        gitDir,
        collaborators: /* @__PURE__ */ new Map(),
        labels: /* @__PURE__ */ new Map(),
        issues: /* @__PURE__ */ new Map(),
        comments: /* @__PURE__ */ new Map(),
        reviews: /* @__PURE__ */ new Map(),
        reviewComments: /* @__PURE__ */ new Map(),
        statuses: [],
        checkRuns: /* @__PURE__ */ new Map(),
        protections: /* @__PURE__ */ new Map(),
        allowAutoMerge: r.allowAutoMerge ?? false,
        nextNumber: 1,
        secrets: /* @__PURE__ */ new Map(),
        variables: /* @__PURE__ */ new Map(),
        runners: []
      };
      state.repos.set(repo.fullName.toLowerCase(), repo);
      for (const [login, perm] of Object.entries(r.collaborators ?? {})) forge.grant(repo.fullName, login, perm);
      return repo;
    },
    grant(fullName, login, permission) {
      const repo = state.repo(fullName);
      if (!repo) throw new Error(`Unknown repository '${fullName}'. Expected one added with addRepo().`);
      if (!isPermission(permission)) throw new Error(`Invalid permission '${String(permission)}'. Expected admin, write, read or none.`);
      const user = state.user(login) ?? forge.addUser({ login });
      repo.collaborators.set(user.login.toLowerCase(), permission);
    },
    token(login, t = {}) {
      const user = state.user(login);
      if (!user) throw new Error(`Unknown user '${login}'. Add it with addUser() first.`);
      const cap = t.permission ?? "admin";
      if (!isPermission(cap)) throw new Error(`Invalid token permission '${String(cap)}'. Expected admin, write, read or none.`);
      const token = flavour === "github" ? `ghs_${randomBytes(18).toString("hex").slice(0, 36)}` : randomBytes(20).toString("hex");
      state.tokens.set(token, { login: user.login, cap });
      return token;
    },
    jobToken(info) {
      const u = ACTIONS_USER[flavour];
      state.addUser({ login: u.login, type: u.type, name: u.name, id: u.id });
      const token = flavour === "github" ? `ghs_${randomBytes(18).toString("hex").slice(0, 36)}` : randomBytes(20).toString("hex");
      state.tokens.set(token, { login: u.login, cap: "write", job: info });
      issuedJobTokens.push(token);
      return { token, revoke: () => void state.tokens.delete(token) };
    },
    issuedJobTokens: () => [...issuedJobTokens],
    protectBranch(fullName, branch, p) {
      repoOrThrow(fullName).protections.set(branch, { requiredChecks: p.requiredChecks ?? [], requiredApprovals: p.requiredApprovals ?? 0, ...p.mergers ? { mergers: p.mergers } : {} });
    },
    setAllowAutoMerge(fullName, allowed) {
      repoOrThrow(fullName).allowAutoMerge = allowed;
    },
    fireSchedule(fullName, workflow, cron) {
      const repo = repoOrThrow(fullName);
      const sender = state.user(repo.owner);
      events.emit({ repo, type: "schedule", action: "", sender: sender.login, byJobToken: false, at: state.now(), schedule: { workflow, cron }, payload: core.hooks.schedule(repo, cron, workflow, sender) });
    },
    setSecret(fullName, name, value) {
      repoOrThrow(fullName).secrets.set(name, value);
    },
    setVariable(fullName, name, value) {
      repoOrThrow(fullName).variables.set(name, value);
    },
    addRunner(fullName, runner) {
      repoOrThrow(fullName).runners.push({ id: state.nextId(), name: runner.name, labels: [...runner.labels], online: runner.online ?? true });
    },
    async close() {
      await forge.actions?.close();
      closing.abort();
      await new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      if (ownsRoot) await rm2(root, { recursive: true, force: true });
    }
  };
  if (opts.actions) {
    const actions = new LocalActions({ flavour, url, apiUrl: urls.api, state, events, gitUrl: (o, r) => forge.gitUrl(o, r), jobToken: (i) => forge.jobToken(i), checksChanged: (repo, sha) => runAutoMerges({ core, repo }, { sha }) }, opts.actions);
    forge.actions = actions;
  }
  return forge;
}
function matchGit(method, pathname) {
  const m = /^\/([^/]+)\/([^/]+)\.git(\/info\/refs|\/git-upload-pack|\/git-receive-pack)$/.exec(pathname);
  if (!m) return void 0;
  const [, owner = "", repo = "", rest = ""] = m;
  if (!isSafeName(owner) || !isSafeName(repo)) return void 0;
  const key = rest === "/info/refs" && method === "GET" ? GIT_ROUTES.refs : rest === "/git-upload-pack" && method === "POST" ? GIT_ROUTES.upload : rest === "/git-receive-pack" && method === "POST" ? GIT_ROUTES.receive : void 0;
  return key ? { key, owner, repo, rest } : void 0;
}
function hold(ms, signal, client) {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(false);
    const done = (v) => {
      clearTimeout(timer);
      signal.removeEventListener("abort", onAbort);
      client?.socket.off("close", onAbort);
      resolve(v);
    };
    const onAbort = () => done(false);
    const timer = setTimeout(() => done(true), ms);
    signal.addEventListener("abort", onAbort);
    client?.socket.on("close", onAbort);
  });
}

// src/local/session.ts
var LocalSession = class _LocalSession {
  constructor(flavour, forge, repo) {
    this.flavour = flavour;
    this.forge = forge;
    this.repo = repo;
  }
  flavour;
  forge;
  repo;
  seen = 0;
  forges = /* @__PURE__ */ new Map();
  static async start(o) {
    const owner = o.owner ?? "you";
    const forge = await startLocalForge({
      flavour: o.flavour,
      ...o.port !== void 0 ? { port: o.port } : {},
      ...o.root ? { root: o.root } : {},
      actions: {
        localActions: { [o.actionsRepository ?? "crustyclaw/crustyclaw"]: packageRoot() },
        ...o.runnerEnv ? { runnerEnv: o.runnerEnv } : {},
        ...o.timeScale !== void 0 ? { timeScale: o.timeScale } : {},
        ...o.concurrency !== void 0 ? { concurrency: o.concurrency } : {},
        ...o.runsDir ? { workDir: o.runsDir } : {}
      }
    });
    try {
      forge.addUser({ login: owner });
      for (const login of Object.keys(o.people ?? {})) forge.addUser({ login });
      for (const login of Object.keys(o.bots ?? {})) forge.addUser({ login, type: "Bot" });
      const repo = await forge.addRepo({
        owner,
        name: o.name ?? "app",
        collaborators: { ...o.people, ...o.bots },
        ...o.files ? { files: o.files } : {},
        ...o.workTree ? { workTree: o.workTree } : {},
        ...o.empty ? { empty: true } : {}
      });
      for (const [k, v] of Object.entries(o.secrets ?? {})) forge.setSecret(repo.fullName, k, v);
      for (const [k, v] of Object.entries(o.vars ?? {})) forge.setVariable(repo.fullName, k, v);
      return new _LocalSession(o.flavour, forge, repo);
    } catch (err) {
      await forge.close();
      throw err;
    }
  }
  get owner() {
    return this.repo.owner;
  }
  /** The forge as `login` sees it through the REST API (default: the repository owner). */
  as(login = this.repo.owner) {
    let f = this.forges.get(login);
    if (!f) {
      f = createForge({ kind: this.flavour, repo: { owner: this.repo.owner, repo: this.repo.name }, baseUrl: this.forge.apiUrl, token: this.forge.token(login), throttle: false });
      this.forges.set(login, f);
    }
    return f;
  }
  /** Waits until every workflow run the events so far started (and the events they caused) has finished; returns the runs started since the last call. */
  async settle() {
    await this.forge.actions.idle();
    const runs = this.forge.actions.runs.slice(this.seen);
    this.seen = this.forge.actions.runs.length;
    return runs;
  }
  close() {
    return this.forge.close();
  }
};

// src/cli/cmd-forge.ts
var forgeCommand = {
  name: "forge",
  summary: "Serve a local forge on 127.0.0.1 (GitHub- or Forgejo-flavoured REST API, real git, and Actions that run the repository's workflows), or act on it from another terminal.",
  usage: [
    "crustyclaw forge serve [--flavour github|forgejo] [--port N] [--repo OWNER/NAME] [--dir PATH] [--root DIR]",
    "       crustyclaw forge issue --title TEXT [--body TEXT] [--label NAME ...]",
    "       crustyclaw forge label ISSUE NAME ...",
    "       crustyclaw forge comment ISSUE TEXT",
    "       crustyclaw forge review PR (--approve | --request-changes | --comment) [--body TEXT] [--inline PATH:LINE:TEXT ...]",
    "       crustyclaw forge merge PR [--squash]",
    "       crustyclaw forge dispatch WORKFLOW [--ref BRANCH] [--input NAME=VALUE ...]"
  ].join("\n"),
  options: {
    flavour: { type: "string" },
    port: { type: "string" },
    repo: { type: "string" },
    user: { type: "string" },
    root: { type: "string" },
    dir: { type: "string" },
    title: { type: "string" },
    body: { type: "string" },
    label: { type: "string", multiple: true },
    approve: { type: "boolean" },
    "request-changes": { type: "boolean" },
    comment: { type: "boolean" },
    inline: { type: "string", multiple: true },
    squash: { type: "boolean" },
    ref: { type: "string" },
    input: { type: "string", multiple: true }
  },
  help: [
    "serve:",
    "  --flavour F         github (API under /api/v3) or forgejo (API under /api/v1); default github",
    "  --port N            TCP port on 127.0.0.1 (default: a free one)",
    "  --repo OWNER/NAME   repository to create (default: you/app)",
    "  --dir PATH          start the repository with a snapshot of PATH's files (default: empty, ready for a push)",
    "  --root DIR          keep the bare repositories in DIR (default: a temporary directory)",
    "The other commands act on the forge `serve` or `crustyclaw run --serve` started, as its repository's owner."
  ],
  async run({ values, positionals, cwd }, io) {
    const [sub, ...args] = positionals;
    if (sub === "serve") {
      if (args.length > 0) throw new UsageError("forge serve takes no arguments");
      return serve(values, cwd, io);
    }
    const conn = readConnection();
    if (!sub || !ACTIONS[sub]) throw new UsageError(`expected one of: serve, ${Object.keys(ACTIONS).join(", ")}`);
    if (!conn) throw new UsageError("no local forge is running: start one with `crustyclaw forge serve` or `crustyclaw run --serve`");
    const [owner, repo] = conn.repo.split("/");
    const forge = createForge({ kind: conn.flavour, repo: { owner, repo }, baseUrl: conn.apiUrl, token: conn.token, throttle: false });
    try {
      return await ACTIONS[sub](forge, args, values, io, conn);
    } catch (err) {
      if (!(err instanceof ForgeError)) throw err;
      io.err(`crustyclaw forge ${sub}: ${err.message}`);
      return 1;
    }
  }
};
function number(text2, what) {
  if (!text2 || !/^[1-9]\d*$/.test(text2)) throw new UsageError(`expected ${what} number, got '${text2 ?? ""}'`);
  return Number(text2);
}
var ACTIONS = {
  async issue(forge, args, values, io) {
    if (args.length > 0 || typeof values.title !== "string") throw new UsageError("forge issue takes --title TEXT (and --body, --label)");
    const issue = await forge.createIssue({ title: values.title, body: typeof values.body === "string" ? values.body : "", labels: values.label ?? [] });
    io.out(`opened issue #${issue.number}: ${issue.url}`);
    return 0;
  },
  async label(forge, args, _values, io) {
    const [n, ...labels2] = args;
    const issue = number(n, "an issue");
    if (labels2.length === 0) throw new UsageError("forge label takes ISSUE NAME ...");
    await forge.addLabels(issue, labels2);
    io.out(`labelled #${issue}: ${labels2.join(", ")}`);
    return 0;
  },
  async comment(forge, args, _values, io) {
    const [n, ...words] = args;
    const issue = number(n, "an issue");
    if (words.length === 0) throw new UsageError("forge comment takes ISSUE TEXT");
    const c = await forge.createComment(issue, words.join(" "));
    io.out(`commented on #${issue}: ${c.url}`);
    return 0;
  },
  async review(forge, args, values, io) {
    const pull = number(args[0], "a pull request");
    const chosen = ["approve", "request-changes", "comment"].filter((k) => values[k]);
    if (chosen.length !== 1) throw new UsageError("forge review takes exactly one of --approve, --request-changes, --comment");
    const event = chosen[0] === "request-changes" ? "request_changes" : chosen[0];
    const comments = (values.inline ?? []).map(inlineComment);
    const review = await forge.submitReview(pull, { event, body: typeof values.body === "string" ? values.body : "", comments });
    io.out(`reviewed #${pull}: ${review.state}${comments.length ? ` with ${comments.length} inline comment${comments.length === 1 ? "" : "s"}` : ""}`);
    return 0;
  },
  async merge(forge, args, values, io) {
    const pull = number(args[0], "a pull request");
    await forge.mergePull(pull, values.squash ? "squash" : "merge");
    io.out(`merged #${pull}`);
    return 0;
  },
  async dispatch(forge, args, values, io) {
    const [workflow] = args;
    if (!workflow || args.length > 1) throw new UsageError("forge dispatch takes one WORKFLOW file name (e.g. ci.yml)");
    const inputs = {};
    for (const pair of values.input ?? []) {
      const eq = pair.indexOf("=");
      if (eq <= 0) throw new UsageError(`invalid --input '${pair}'; expected NAME=VALUE`);
      inputs[pair.slice(0, eq)] = pair.slice(eq + 1);
    }
    const ref = typeof values.ref === "string" ? values.ref : "main";
    await forge.dispatchWorkflow(path19.basename(workflow), ref, inputs);
    io.out(`started ${workflow} on ${ref}`);
    return 0;
  }
};
function inlineComment(spec) {
  const m = /^([^:]+):(\d+):([^]+)$/.exec(spec);
  if (!m) throw new UsageError(`invalid --inline '${spec}'; expected PATH:LINE:TEXT`);
  return { path: m[1], line: Number(m[2]), body: m[3] };
}
async function serve(values, cwd, io) {
  const flavour = oneOf("flavour", values.flavour, FLAVOURS) ?? "github";
  const port = values.port === void 0 ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`invalid value '${String(values.port)}' for --port; expected a port number`);
  const repo = typeof values.repo === "string" ? values.repo : "you/app";
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repo);
  if (!m) throw new UsageError(`invalid value '${repo}' for --repo; expected OWNER/NAME`);
  const [, owner, name] = m;
  const dir = typeof values.dir === "string" ? findRoot(path19.resolve(cwd, values.dir)) : void 0;
  const session = await LocalSession.start({
    flavour,
    owner,
    name,
    port,
    ...dir ? { workTree: dir } : { empty: true },
    ...typeof values.root === "string" ? { root: values.root } : {}
  });
  const token = session.forge.token(owner);
  const view = new ProgressView((raw) => io === processIo ? process.stdout.write(raw) : io.out(raw.replace(/\n$/, "")), io === processIo && Boolean(process.stdout.isTTY));
  session.forge.actions.subscribe((u) => view.update(u));
  const file = saveConnection({ flavour, url: session.forge.url, apiUrl: session.forge.apiUrl, repo: session.repo.fullName, login: owner, token, pid: process.pid });
  io.out(
    [
      `local ${flavour} forge on ${session.forge.url}`,
      `  API:    ${session.forge.apiUrl}`,
      `  git:    ${session.forge.gitUrl(owner, name)}${dir ? `  (a snapshot of ${dir})` : "  (empty: push a branch named main)"}`,
      `  user:   ${owner}`,
      `  token:  ${token}`,
      "",
      "Use it as GITHUB_SERVER_URL / GITHUB_API_URL; git takes the token as the HTTP password.",
      `Events run the repository's workflows here. \`crustyclaw forge issue|label|comment|review|merge\` act on it (connection in ${file}). Ctrl-C stops it.`
    ].join("\n")
  );
  await new Promise((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  view.finish();
  dropConnection();
  await session.close();
  io.out("stopped");
  return 0;
}

// src/cli/cmd-graph.ts
function mermaid(blueprint, showJobs) {
  const lines = ["flowchart TD"];
  const id = (node) => `node_${node}`;
  for (const stage of STAGES) {
    const nodes = blueprint.nodes.filter((n) => n.stage === stage);
    if (nodes.length === 0) continue;
    lines.push(`  subgraph stage_${stage} ["${stage}"]`);
    for (const n of nodes) {
      lines.push(n.kind === "agent" ? `    ${id(n.id)}("${n.id}<br/>agent")` : `    ${id(n.id)}["${n.id}<br/>run"]`);
    }
    lines.push("  end");
  }
  for (const n of blueprint.nodes) for (const need of n.needs) lines.push(`  ${id(need)} --> ${id(n.id)}`);
  if (showJobs) {
    for (const segment of segmentsOf(blueprint)) {
      for (const job of fuseNodes(segment)) {
        if (job.nodes.length > 1) lines.push(`  %% job ${job.id}: ${job.nodes.map((n) => n.id).join(", ")}`);
      }
    }
  }
  return `${lines.join("\n")}
`;
}
var graphCommand = {
  name: "graph",
  summary: "Print a blueprint's DAG as a Mermaid flowchart (paste it into any Markdown file on GitHub or Forgejo).",
  usage: "crustyclaw graph [--jobs] <blueprint.yml>",
  options: { jobs: { type: "boolean" } },
  help: ["  --jobs              add a comment per fused job listing the nodes it runs"],
  async run({ values, positionals, cwd }, io) {
    if (positionals.length !== 1) throw new UsageError("graph takes exactly one blueprint file");
    const project = openProject(cwd);
    const file = readBlueprint(project, toRepoPath(project.root, positionals[0], cwd));
    if (!file.blueprint) {
      printProblems(io, file.problems);
      return 1;
    }
    io.out(mermaid(file.blueprint, values.jobs === true));
    return 0;
  }
};

// src/cli/cmd-init.ts
var import_yaml7 = __toESM(require_dist(), 1);
import { existsSync as existsSync13, mkdirSync as mkdirSync8, writeFileSync as writeFileSync6 } from "node:fs";
import path20 from "node:path";
function detectForge(root) {
  return existsSync13(path20.join(root, ".forgejo")) || existsSync13(path20.join(root, ".gitea")) ? "forgejo" : "github";
}
var initCommand = {
  name: "init",
  summary: "Set up CrustyClaw in this repository: write .crustyclaw/config.yml and a blueprint, compile it, and print the next steps.",
  usage: "crustyclaw init [--blueprint NAME] [--forge github|ghes|forgejo|gitea] [--force]",
  options: { blueprint: { type: "string" }, forge: { type: "string" }, force: { type: "boolean" } },
  help: [
    "  --blueprint NAME    built-in blueprint to start from (default: issue-to-pr); one of the files in blueprints/",
    "  --forge FORGE       github, ghes (GitHub Enterprise Server), forgejo or gitea (default: forgejo when .forgejo/ or .gitea/ exists, else github);",
    "                      workflows go where that forge reads them: next to the repository's CI when it has some",
    "  --force             overwrite existing files"
  ],
  async run({ values, positionals, cwd }, io) {
    if (positionals.length > 0) throw new UsageError(`init takes no arguments, got '${positionals[0]}'`);
    const names = builtinBlueprintNames();
    const name = oneOf("blueprint", values.blueprint ?? "issue-to-pr", names);
    const root = findRoot(cwd);
    const forge = oneOf("forge", values.forge, FORGES) ?? detectForge(root);
    const blueprintPath = `.crustyclaw/blueprints/${name}.yml`;
    const files = [
      [
        CONFIG_PATH,
        "# CrustyClaw settings: see docs/configuration.md in the CrustyClaw repository.\n" + (0, import_yaml7.stringify)({ forges: [forge], blueprints: ".crustyclaw/blueprints" })
      ],
      // Built-ins point their schema comment at the package; repositories use the installed copy.
      [blueprintPath, readBuiltinBlueprint(name).replace("$schema=../schema/", "$schema=../../node_modules/crustyclaw/schema/")]
    ];
    const existing = files.filter(([p]) => existsSync13(path20.join(root, p))).map(([p]) => p);
    if (existing.length > 0 && !values.force) {
      io.err(`crustyclaw init: ${existing.join(", ")} already exist${existing.length === 1 ? "s" : ""}; use --force to overwrite`);
      return 1;
    }
    for (const [p, text2] of files) {
      mkdirSync8(path20.dirname(path20.join(root, p)), { recursive: true });
      writeFileSync6(path20.join(root, p), text2);
      io.out(`wrote ${p}`);
    }
    const project = openProject(root);
    const result = buildWorkflows(project, [], project.config.forges, root);
    if (result.problems.length > 0) {
      printProblems(io, result.problems);
      return 1;
    }
    for (const w of result.warnings) io.err(`warning: ${w}`);
    for (const wf of result.workflows) {
      mkdirSync8(path20.dirname(path20.join(root, wf.path)), { recursive: true });
      writeFileSync6(path20.join(root, wf.path), wf.text);
      io.out(`wrote ${wf.path}`);
    }
    const blueprint = readBlueprint(project, blueprintPath).blueprint;
    io.out(nextSteps(blueprint, blueprintPath, forge, result.workflows.map((w) => w.path)).join("\n"));
    return 0;
  }
};
function nextSteps(blueprint, blueprintPath, forge, workflows) {
  const github = familyOf(forge) === "github";
  const steps = [];
  if (blueprint.nodes.some((n) => n.kind === "agent" && !n.agent.model)) {
    steps.push(
      "Choose a model: set the repository variable CRUSTYCLAW_MODEL (Settings \u2192 Actions \u2192 Variables), e.g. anthropic/claude-sonnet-4-5, openai/gpt-4.1 or ollama/llama3, or `model:` in the blueprint.",
      "Add a repository secret CRUSTYCLAW_MODEL_API_KEY with that provider's API key (none for a local server: set CRUSTYCLAW_MODEL_BASE_URL instead)."
    );
  }
  for (const n of blueprint.nodes.filter((x) => x.kind === "run")) {
    steps.push(
      `Check node '${n.id}' runs \`${n.run.trim()}\` on a fresh checkout with ${n.network === "any" ? "the runner's network" : n.network.length === 0 ? "no network" : `network only to ${n.network.join(", ")}`}: if it needs dependencies, install them in the same command (e.g. \`npm ci && npm test\`) and list the registry under \`network:\` in ${blueprintPath} (e.g. registry.npmjs.org).`
    );
  }
  if (!github) {
    steps.push(
      "Say who may start runs: list them under authorize.users in .crustyclaw/config.yml. Forgejo's automatic token cannot read collaborator permissions, so without it nobody can (docs/forges.md)."
    );
  }
  steps.push("After editing a blueprint, run `npx crustyclaw compile`; run `npx crustyclaw check` in CI to catch stale workflows.");
  const dirs = [...new Set(workflows.map((w) => `${path20.posix.dirname(w)}/`))].join(" and ");
  const start = [
    ...blueprint.triggers.issue?.labels.length ? [`label an issue \`${blueprint.triggers.issue.labels[0]}\``] : blueprint.triggers.issue ? ["open an issue"] : [],
    ...blueprint.triggers.command ? [`comment \`${blueprint.triggers.command}\` on an issue`] : []
  ];
  steps.push(`Commit .crustyclaw/ and ${dirs}${start.length > 0 ? `, then ${start.join(" or ")} to start a run` : ""}.`);
  if (blueprint.triggers.ciFailure && blueprint.nodes.some((n) => n.stage === "feedback")) {
    steps.push(
      github ? "CrustyClaw's pushes start no CI by themselves (the job token's never do): to have failing checks come back to the agent, list your CI workflow files under ci.dispatch in .crustyclaw/config.yml, or name a secret with an App or PAT token in ci.push-token (docs/forges.md)." : "CrustyClaw's pushes start no CI by themselves (the job token's never do): to have your CI run on them, name a secret with an access token in ci.push-token in .crustyclaw/config.yml (docs/forges.md)."
    );
  }
  return ["", "Next steps:", ...steps.map((t, i) => `  ${i + 1}. ${t}`)];
}

// src/cli/cmd-mcp.ts
import { statSync as statSync3 } from "node:fs";
import path21 from "node:path";

// node_modules/@modelcontextprotocol/sdk/dist/esm/experimental/tasks/server.js
var ExperimentalServerTasks = class {
  constructor(_server) {
    this._server = _server;
  }
  /**
   * Sends a request and returns an AsyncGenerator that yields response messages.
   * The generator is guaranteed to end with either a 'result' or 'error' message.
   *
   * This method provides streaming access to request processing, allowing you to
   * observe intermediate task status updates for task-augmented requests.
   *
   * @param request - The request to send
   * @param resultSchema - Zod schema for validating the result
   * @param options - Optional request options (timeout, signal, task creation params, etc.)
   * @returns AsyncGenerator that yields ResponseMessage objects
   *
   * @experimental
   */
  requestStream(request, resultSchema, options) {
    return this._server.requestStream(request, resultSchema, options);
  }
  /**
   * Sends a sampling request and returns an AsyncGenerator that yields response messages.
   * The generator is guaranteed to end with either a 'result' or 'error' message.
   *
   * For task-augmented requests, yields 'taskCreated' and 'taskStatus' messages
   * before the final result.
   *
   * @example
   * ```typescript
   * const stream = server.experimental.tasks.createMessageStream({
   *     messages: [{ role: 'user', content: { type: 'text', text: 'Hello' } }],
   *     maxTokens: 100
   * }, {
   *     onprogress: (progress) => {
   *         // Handle streaming tokens via progress notifications
   *         console.log('Progress:', progress.message);
   *     }
   * });
   *
   * for await (const message of stream) {
   *     switch (message.type) {
   *         case 'taskCreated':
   *             console.log('Task created:', message.task.taskId);
   *             break;
   *         case 'taskStatus':
   *             console.log('Task status:', message.task.status);
   *             break;
   *         case 'result':
   *             console.log('Final result:', message.result);
   *             break;
   *         case 'error':
   *             console.error('Error:', message.error);
   *             break;
   *     }
   * }
   * ```
   *
   * @param params - The sampling request parameters
   * @param options - Optional request options (timeout, signal, task creation params, onprogress, etc.)
   * @returns AsyncGenerator that yields ResponseMessage objects
   *
   * @experimental
   */
  createMessageStream(params, options) {
    const clientCapabilities = this._server.getClientCapabilities();
    if ((params.tools || params.toolChoice) && !clientCapabilities?.sampling?.tools) {
      throw new Error("Client does not support sampling tools capability.");
    }
    if (params.messages.length > 0) {
      const lastMessage = params.messages[params.messages.length - 1];
      const lastContent = Array.isArray(lastMessage.content) ? lastMessage.content : [lastMessage.content];
      const hasToolResults = lastContent.some((c) => c.type === "tool_result");
      const previousMessage = params.messages.length > 1 ? params.messages[params.messages.length - 2] : void 0;
      const previousContent = previousMessage ? Array.isArray(previousMessage.content) ? previousMessage.content : [previousMessage.content] : [];
      const hasPreviousToolUse = previousContent.some((c) => c.type === "tool_use");
      if (hasToolResults) {
        if (lastContent.some((c) => c.type !== "tool_result")) {
          throw new Error("The last message must contain only tool_result content if any is present");
        }
        if (!hasPreviousToolUse) {
          throw new Error("tool_result blocks are not matching any tool_use from the previous message");
        }
      }
      if (hasPreviousToolUse) {
        const toolUseIds = new Set(previousContent.filter((c) => c.type === "tool_use").map((c) => c.id));
        const toolResultIds = new Set(lastContent.filter((c) => c.type === "tool_result").map((c) => c.toolUseId));
        if (toolUseIds.size !== toolResultIds.size || ![...toolUseIds].every((id) => toolResultIds.has(id))) {
          throw new Error("ids of tool_result blocks and tool_use blocks from previous message do not match");
        }
      }
    }
    return this.requestStream({
      method: "sampling/createMessage",
      params
    }, CreateMessageResultSchema, options);
  }
  /**
   * Sends an elicitation request and returns an AsyncGenerator that yields response messages.
   * The generator is guaranteed to end with either a 'result' or 'error' message.
   *
   * For task-augmented requests (especially URL-based elicitation), yields 'taskCreated'
   * and 'taskStatus' messages before the final result.
   *
   * @example
   * ```typescript
   * const stream = server.experimental.tasks.elicitInputStream({
   *     mode: 'url',
   *     message: 'Please authenticate',
   *     elicitationId: 'auth-123',
   *     url: 'https://example.com/auth'
   * }, {
   *     task: { ttl: 300000 } // Task-augmented for long-running auth flow
   * });
   *
   * for await (const message of stream) {
   *     switch (message.type) {
   *         case 'taskCreated':
   *             console.log('Task created:', message.task.taskId);
   *             break;
   *         case 'taskStatus':
   *             console.log('Task status:', message.task.status);
   *             break;
   *         case 'result':
   *             console.log('User action:', message.result.action);
   *             break;
   *         case 'error':
   *             console.error('Error:', message.error);
   *             break;
   *     }
   * }
   * ```
   *
   * @param params - The elicitation request parameters
   * @param options - Optional request options (timeout, signal, task creation params, etc.)
   * @returns AsyncGenerator that yields ResponseMessage objects
   *
   * @experimental
   */
  elicitInputStream(params, options) {
    const clientCapabilities = this._server.getClientCapabilities();
    const mode = params.mode ?? "form";
    switch (mode) {
      case "url": {
        if (!clientCapabilities?.elicitation?.url) {
          throw new Error("Client does not support url elicitation.");
        }
        break;
      }
      case "form": {
        if (!clientCapabilities?.elicitation?.form) {
          throw new Error("Client does not support form elicitation.");
        }
        break;
      }
    }
    const normalizedParams = mode === "form" && params.mode === void 0 ? { ...params, mode: "form" } : params;
    return this.requestStream({
      method: "elicitation/create",
      params: normalizedParams
    }, ElicitResultSchema, options);
  }
  /**
   * Gets the current status of a task.
   *
   * @param taskId - The task identifier
   * @param options - Optional request options
   * @returns The task status
   *
   * @experimental
   */
  async getTask(taskId, options) {
    return this._server.getTask({ taskId }, options);
  }
  /**
   * Retrieves the result of a completed task.
   *
   * @param taskId - The task identifier
   * @param resultSchema - Zod schema for validating the result
   * @param options - Optional request options
   * @returns The task result
   *
   * @experimental
   */
  async getTaskResult(taskId, resultSchema, options) {
    return this._server.getTaskResult({ taskId }, resultSchema, options);
  }
  /**
   * Lists tasks with optional pagination.
   *
   * @param cursor - Optional pagination cursor
   * @param options - Optional request options
   * @returns List of tasks with optional next cursor
   *
   * @experimental
   */
  async listTasks(cursor, options) {
    return this._server.listTasks(cursor ? { cursor } : void 0, options);
  }
  /**
   * Cancels a running task.
   *
   * @param taskId - The task identifier
   * @param options - Optional request options
   *
   * @experimental
   */
  async cancelTask(taskId, options) {
    return this._server.cancelTask({ taskId }, options);
  }
};

// node_modules/@modelcontextprotocol/sdk/dist/esm/server/index.js
var Server = class extends Protocol {
  /**
   * Initializes this server with the given name and version information.
   */
  constructor(_serverInfo, options) {
    super(options);
    this._serverInfo = _serverInfo;
    this._loggingLevels = /* @__PURE__ */ new Map();
    this.LOG_LEVEL_SEVERITY = new Map(LoggingLevelSchema.options.map((level, index) => [level, index]));
    this.isMessageIgnored = (level, sessionId) => {
      const currentLevel = this._loggingLevels.get(sessionId);
      return currentLevel ? this.LOG_LEVEL_SEVERITY.get(level) < this.LOG_LEVEL_SEVERITY.get(currentLevel) : false;
    };
    this._capabilities = options?.capabilities ?? {};
    this._instructions = options?.instructions;
    this._jsonSchemaValidator = options?.jsonSchemaValidator ?? new AjvJsonSchemaValidator();
    this.setRequestHandler(InitializeRequestSchema, (request) => this._oninitialize(request));
    this.setNotificationHandler(InitializedNotificationSchema, () => this.oninitialized?.());
    if (this._capabilities.logging) {
      this.setRequestHandler(SetLevelRequestSchema, async (request, extra) => {
        const transportSessionId = extra.sessionId || extra.requestInfo?.headers["mcp-session-id"] || void 0;
        const { level } = request.params;
        const parseResult = LoggingLevelSchema.safeParse(level);
        if (parseResult.success) {
          this._loggingLevels.set(transportSessionId, parseResult.data);
        }
        return {};
      });
    }
  }
  /**
   * Access experimental features.
   *
   * WARNING: These APIs are experimental and may change without notice.
   *
   * @experimental
   */
  get experimental() {
    if (!this._experimental) {
      this._experimental = {
        tasks: new ExperimentalServerTasks(this)
      };
    }
    return this._experimental;
  }
  /**
   * Registers new capabilities. This can only be called before connecting to a transport.
   *
   * The new capabilities will be merged with any existing capabilities previously given (e.g., at initialization).
   */
  registerCapabilities(capabilities) {
    if (this.transport) {
      throw new Error("Cannot register capabilities after connecting to transport");
    }
    this._capabilities = mergeCapabilities(this._capabilities, capabilities);
  }
  /**
   * Override request handler registration to enforce server-side validation for tools/call.
   */
  setRequestHandler(requestSchema, handler) {
    const shape = getObjectShape(requestSchema);
    const methodSchema = shape?.method;
    if (!methodSchema) {
      throw new Error("Schema is missing a method literal");
    }
    const methodValue = getLiteralValue(methodSchema);
    if (typeof methodValue !== "string") {
      throw new Error("Schema method literal must be a string");
    }
    const method = methodValue;
    if (method === "tools/call") {
      const wrappedHandler = async (request, extra) => {
        const validatedRequest = safeParse(CallToolRequestSchema, request);
        if (!validatedRequest.success) {
          const errorMessage = validatedRequest.error instanceof Error ? validatedRequest.error.message : String(validatedRequest.error);
          throw new McpError(ErrorCode.InvalidParams, `Invalid tools/call request: ${errorMessage}`);
        }
        const { params } = validatedRequest.data;
        const result = await Promise.resolve(handler(request, extra));
        if (params.task) {
          const taskValidationResult = safeParse(CreateTaskResultSchema, result);
          if (!taskValidationResult.success) {
            const errorMessage = taskValidationResult.error instanceof Error ? taskValidationResult.error.message : String(taskValidationResult.error);
            throw new McpError(ErrorCode.InvalidParams, `Invalid task creation result: ${errorMessage}`);
          }
          return taskValidationResult.data;
        }
        const validationResult = safeParse(CallToolResultSchema, result);
        if (!validationResult.success) {
          const errorMessage = validationResult.error instanceof Error ? validationResult.error.message : String(validationResult.error);
          throw new McpError(ErrorCode.InvalidParams, `Invalid tools/call result: ${errorMessage}`);
        }
        return validationResult.data;
      };
      return super.setRequestHandler(requestSchema, wrappedHandler);
    }
    return super.setRequestHandler(requestSchema, handler);
  }
  assertCapabilityForMethod(method) {
    switch (method) {
      case "sampling/createMessage":
        if (!this._clientCapabilities?.sampling) {
          throw new Error(`Client does not support sampling (required for ${method})`);
        }
        break;
      case "elicitation/create":
        if (!this._clientCapabilities?.elicitation) {
          throw new Error(`Client does not support elicitation (required for ${method})`);
        }
        break;
      case "roots/list":
        if (!this._clientCapabilities?.roots) {
          throw new Error(`Client does not support listing roots (required for ${method})`);
        }
        break;
      case "ping":
        break;
    }
  }
  assertNotificationCapability(method) {
    switch (method) {
      case "notifications/message":
        if (!this._capabilities.logging) {
          throw new Error(`Server does not support logging (required for ${method})`);
        }
        break;
      case "notifications/resources/updated":
      case "notifications/resources/list_changed":
        if (!this._capabilities.resources) {
          throw new Error(`Server does not support notifying about resources (required for ${method})`);
        }
        break;
      case "notifications/tools/list_changed":
        if (!this._capabilities.tools) {
          throw new Error(`Server does not support notifying of tool list changes (required for ${method})`);
        }
        break;
      case "notifications/prompts/list_changed":
        if (!this._capabilities.prompts) {
          throw new Error(`Server does not support notifying of prompt list changes (required for ${method})`);
        }
        break;
      case "notifications/elicitation/complete":
        if (!this._clientCapabilities?.elicitation?.url) {
          throw new Error(`Client does not support URL elicitation (required for ${method})`);
        }
        break;
      case "notifications/cancelled":
        break;
      case "notifications/progress":
        break;
    }
  }
  assertRequestHandlerCapability(method) {
    if (!this._capabilities) {
      return;
    }
    switch (method) {
      case "completion/complete":
        if (!this._capabilities.completions) {
          throw new Error(`Server does not support completions (required for ${method})`);
        }
        break;
      case "logging/setLevel":
        if (!this._capabilities.logging) {
          throw new Error(`Server does not support logging (required for ${method})`);
        }
        break;
      case "prompts/get":
      case "prompts/list":
        if (!this._capabilities.prompts) {
          throw new Error(`Server does not support prompts (required for ${method})`);
        }
        break;
      case "resources/list":
      case "resources/templates/list":
      case "resources/read":
        if (!this._capabilities.resources) {
          throw new Error(`Server does not support resources (required for ${method})`);
        }
        break;
      case "tools/call":
      case "tools/list":
        if (!this._capabilities.tools) {
          throw new Error(`Server does not support tools (required for ${method})`);
        }
        break;
      case "tasks/get":
      case "tasks/list":
      case "tasks/result":
      case "tasks/cancel":
        if (!this._capabilities.tasks) {
          throw new Error(`Server does not support tasks capability (required for ${method})`);
        }
        break;
      case "ping":
      case "initialize":
        break;
    }
  }
  assertTaskCapability(method) {
    assertClientRequestTaskCapability(this._clientCapabilities?.tasks?.requests, method, "Client");
  }
  assertTaskHandlerCapability(method) {
    if (!this._capabilities) {
      return;
    }
    assertToolsCallTaskCapability(this._capabilities.tasks?.requests, method, "Server");
  }
  async _oninitialize(request) {
    const requestedVersion = request.params.protocolVersion;
    this._clientCapabilities = request.params.capabilities;
    this._clientVersion = request.params.clientInfo;
    const protocolVersion = SUPPORTED_PROTOCOL_VERSIONS.includes(requestedVersion) ? requestedVersion : LATEST_PROTOCOL_VERSION;
    return {
      protocolVersion,
      capabilities: this.getCapabilities(),
      serverInfo: this._serverInfo,
      ...this._instructions && { instructions: this._instructions }
    };
  }
  /**
   * After initialization has completed, this will be populated with the client's reported capabilities.
   */
  getClientCapabilities() {
    return this._clientCapabilities;
  }
  /**
   * After initialization has completed, this will be populated with information about the client's name and version.
   */
  getClientVersion() {
    return this._clientVersion;
  }
  getCapabilities() {
    return this._capabilities;
  }
  async ping() {
    return this.request({ method: "ping" }, EmptyResultSchema);
  }
  // Implementation
  async createMessage(params, options) {
    if (params.tools || params.toolChoice) {
      if (!this._clientCapabilities?.sampling?.tools) {
        throw new Error("Client does not support sampling tools capability.");
      }
    }
    if (params.messages.length > 0) {
      const lastMessage = params.messages[params.messages.length - 1];
      const lastContent = Array.isArray(lastMessage.content) ? lastMessage.content : [lastMessage.content];
      const hasToolResults = lastContent.some((c) => c.type === "tool_result");
      const previousMessage = params.messages.length > 1 ? params.messages[params.messages.length - 2] : void 0;
      const previousContent = previousMessage ? Array.isArray(previousMessage.content) ? previousMessage.content : [previousMessage.content] : [];
      const hasPreviousToolUse = previousContent.some((c) => c.type === "tool_use");
      if (hasToolResults) {
        if (lastContent.some((c) => c.type !== "tool_result")) {
          throw new Error("The last message must contain only tool_result content if any is present");
        }
        if (!hasPreviousToolUse) {
          throw new Error("tool_result blocks are not matching any tool_use from the previous message");
        }
      }
      if (hasPreviousToolUse) {
        const toolUseIds = new Set(previousContent.filter((c) => c.type === "tool_use").map((c) => c.id));
        const toolResultIds = new Set(lastContent.filter((c) => c.type === "tool_result").map((c) => c.toolUseId));
        if (toolUseIds.size !== toolResultIds.size || ![...toolUseIds].every((id) => toolResultIds.has(id))) {
          throw new Error("ids of tool_result blocks and tool_use blocks from previous message do not match");
        }
      }
    }
    if (params.tools) {
      return this.request({ method: "sampling/createMessage", params }, CreateMessageResultWithToolsSchema, options);
    }
    return this.request({ method: "sampling/createMessage", params }, CreateMessageResultSchema, options);
  }
  /**
   * Creates an elicitation request for the given parameters.
   * For backwards compatibility, `mode` may be omitted for form requests and will default to `'form'`.
   * @param params The parameters for the elicitation request.
   * @param options Optional request options.
   * @returns The result of the elicitation request.
   */
  async elicitInput(params, options) {
    const mode = params.mode ?? "form";
    switch (mode) {
      case "url": {
        if (!this._clientCapabilities?.elicitation?.url) {
          throw new Error("Client does not support url elicitation.");
        }
        const urlParams = params;
        return this.request({ method: "elicitation/create", params: urlParams }, ElicitResultSchema, options);
      }
      case "form": {
        if (!this._clientCapabilities?.elicitation?.form) {
          throw new Error("Client does not support form elicitation.");
        }
        const formParams = params.mode === "form" ? params : { ...params, mode: "form" };
        const result = await this.request({ method: "elicitation/create", params: formParams }, ElicitResultSchema, options);
        if (result.action === "accept" && result.content && formParams.requestedSchema) {
          try {
            const validator = this._jsonSchemaValidator.getValidator(formParams.requestedSchema);
            const validationResult = validator(result.content);
            if (!validationResult.valid) {
              throw new McpError(ErrorCode.InvalidParams, `Elicitation response content does not match requested schema: ${validationResult.errorMessage}`);
            }
          } catch (error) {
            if (error instanceof McpError) {
              throw error;
            }
            throw new McpError(ErrorCode.InternalError, `Error validating elicitation response: ${error instanceof Error ? error.message : String(error)}`);
          }
        }
        return result;
      }
    }
  }
  /**
   * Creates a reusable callback that, when invoked, will send a `notifications/elicitation/complete`
   * notification for the specified elicitation ID.
   *
   * @param elicitationId The ID of the elicitation to mark as complete.
   * @param options Optional notification options. Useful when the completion notification should be related to a prior request.
   * @returns A function that emits the completion notification when awaited.
   */
  createElicitationCompletionNotifier(elicitationId, options) {
    if (!this._clientCapabilities?.elicitation?.url) {
      throw new Error("Client does not support URL elicitation (required for notifications/elicitation/complete)");
    }
    return () => this.notification({
      method: "notifications/elicitation/complete",
      params: {
        elicitationId
      }
    }, options);
  }
  async listRoots(params, options) {
    return this.request({ method: "roots/list", params }, ListRootsResultSchema, options);
  }
  /**
   * Sends a logging message to the client, if connected.
   * Note: You only need to send the parameters object, not the entire JSON RPC message
   * @see LoggingMessageNotification
   * @param params
   * @param sessionId optional for stateless and backward compatibility
   */
  async sendLoggingMessage(params, sessionId) {
    if (this._capabilities.logging) {
      if (!this.isMessageIgnored(params.level, sessionId)) {
        return this.notification({ method: "notifications/message", params });
      }
    }
  }
  async sendResourceUpdated(params) {
    return this.notification({
      method: "notifications/resources/updated",
      params
    });
  }
  async sendResourceListChanged() {
    return this.notification({
      method: "notifications/resources/list_changed"
    });
  }
  async sendToolListChanged() {
    return this.notification({ method: "notifications/tools/list_changed" });
  }
  async sendPromptListChanged() {
    return this.notification({ method: "notifications/prompts/list_changed" });
  }
};

// node_modules/@modelcontextprotocol/sdk/dist/esm/server/stdio.js
import process2 from "node:process";
var StdioServerTransport = class {
  constructor(_stdin = process2.stdin, _stdout = process2.stdout, options) {
    this._stdin = _stdin;
    this._stdout = _stdout;
    this._started = false;
    this._ondata = (chunk) => {
      try {
        this._readBuffer.append(chunk);
        this.processReadBuffer();
      } catch (error) {
        this.onerror?.(error);
        this.close().catch(() => {
        });
      }
    };
    this._onerror = (error) => {
      this.onerror?.(error);
    };
    this._readBuffer = new ReadBuffer({ maxBufferSize: options?.maxBufferSize });
  }
  /**
   * Starts listening for messages on stdin.
   */
  async start() {
    if (this._started) {
      throw new Error("StdioServerTransport already started! If using Server class, note that connect() calls start() automatically.");
    }
    this._started = true;
    this._stdin.on("data", this._ondata);
    this._stdin.on("error", this._onerror);
  }
  processReadBuffer() {
    while (true) {
      try {
        const message = this._readBuffer.readMessage();
        if (message === null) {
          break;
        }
        this.onmessage?.(message);
      } catch (error) {
        this.onerror?.(error);
      }
    }
  }
  async close() {
    this._stdin.off("data", this._ondata);
    this._stdin.off("error", this._onerror);
    const remainingDataListeners = this._stdin.listenerCount("data");
    if (remainingDataListeners === 0) {
      this._stdin.pause();
    }
    this._readBuffer.clear();
    this.onclose?.();
  }
  send(message) {
    return new Promise((resolve) => {
      const json = serializeMessage(message);
      if (this._stdout.write(json)) {
        resolve();
      } else {
        this._stdout.once("drain", resolve);
      }
    });
  }
};

// src/cli/cmd-mcp.ts
var SERVABLE_TOOLS = TOOLS.filter((t) => t !== "finish");
var DEFAULT_MCP_TOOLS = ["read_file", "list_files", "search"];
function mcpSettings(values, positionals, cwd) {
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'; crustyclaw mcp takes options only`);
  const workspace = path21.resolve(cwd, typeof values.workspace === "string" ? values.workspace : ".");
  let isDir = false;
  try {
    isDir = statSync3(workspace).isDirectory();
  } catch {
  }
  if (!isDir) throw new UsageError(`invalid value '${String(values.workspace ?? workspace)}' for --workspace; expected an existing directory`);
  let tools = DEFAULT_MCP_TOOLS;
  if (values.tools !== void 0) {
    const names = String(values.tools).split(",").map((t) => t.trim()).filter(Boolean);
    if (names.length === 0) throw new UsageError("--tools is empty; expected a comma-separated list such as read_file,search");
    for (const name of names) {
      if (name === "finish") throw new UsageError("'finish' is never served: it ends a CrustyClaw agent's task and means nothing to another MCP client");
      if (!SERVABLE_TOOLS.includes(name)) {
        const hint = didYouMean(name, SERVABLE_TOOLS);
        throw new UsageError(`unknown tool '${name}' in --tools; ${hint ? `${hint} ` : ""}expected some of: ${SERVABLE_TOOLS.join(", ")}`);
      }
    }
    tools = SERVABLE_TOOLS.filter((t) => names.includes(t));
  }
  const commands = Array.isArray(values.command) ? values.command.map(String) : [];
  if (tools.includes("run_command") && commands.length === 0) {
    throw new UsageError("--tools includes run_command, which needs at least one --command PATTERN saying what it may run, such as --command 'npm test'");
  }
  if (commands.length > 0 && !tools.includes("run_command")) throw new UsageError("--command is given, but --tools does not include run_command");
  for (const c of commands) {
    const parsed2 = parseCommandPattern(c);
    if ("error" in parsed2) {
      const where = parsed2.offset > 0 ? ` (at character ${parsed2.offset + 1})` : "";
      throw new UsageError(`invalid value '${c}' for --command: the pattern ${parsed2.error}${where}${parsed2.hint ? `; ${parsed2.hint}` : ""}`);
    }
  }
  return { workspace, tools, commands };
}
function knownSecrets(env) {
  const kept = scrubbedEnv(env, []);
  return Object.entries(env).filter(([k, v]) => !Object.hasOwn(kept, k) && !k.startsWith("INPUT_") && typeof v === "string" && v.length >= 6).map(([, v]) => v);
}
async function serveMcp(settings, log) {
  const tools = createTools(settings.tools, { workspace: settings.workspace, commands: settings.commands, secrets: knownSecrets(process.env), env: process.env });
  const byName = new Map(tools.map((t) => [t.spec.name, t]));
  const server = new Server({ name: "crustyclaw", version: packageVersion() }, { capabilities: { tools: {} } });
  server.setRequestHandler(ListToolsRequestSchema, async () => ({
    // Our tools' parameters are JSON Schema already; the SDK only requires `type: object`.
    tools: tools.map((t) => ({ name: t.spec.name, description: t.spec.description, inputSchema: { ...t.spec.parameters, type: "object" } }))
  }));
  server.setRequestHandler(CallToolRequestSchema, async (req, extra) => {
    const tool = byName.get(req.params.name);
    if (!tool) throw new McpError(ErrorCode.InvalidParams, `unknown tool '${req.params.name}'; this server offers: ${[...byName.keys()].join(", ")}`);
    try {
      const r = await tool.run(req.params.arguments ?? {}, extra.signal);
      return { content: [{ type: "text", text: r.content }], isError: r.isError };
    } catch (err) {
      return { content: [{ type: "text", text: `${tool.spec.name} failed: ${err.message}` }], isError: true };
    }
  });
  const done = new Promise((resolve) => {
    server.onclose = () => resolve();
    process.stdin.once("end", resolve);
    process.stdin.once("close", resolve);
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await server.connect(new StdioServerTransport());
  log(`crustyclaw mcp: serving ${settings.tools.join(", ")} for ${settings.workspace}`);
  await done;
  await server.close();
  process.stdin.destroy();
}
var mcpCommand = {
  name: "mcp",
  summary: "Serve CrustyClaw's workspace tools to an MCP client over stdio, confined to one directory; read-only unless asked. Stdout carries protocol messages only.",
  usage: "crustyclaw mcp [--workspace DIR] [--tools LIST] [--command PATTERN ...]",
  options: {
    workspace: { type: "string" },
    tools: { type: "string" },
    command: { type: "string", multiple: true }
  },
  help: [
    "  --workspace DIR     directory the tools are confined to (default: the current directory)",
    `  --tools LIST        comma-separated tools to serve (default: ${DEFAULT_MCP_TOOLS.join(",")});`,
    `                      also edit_file, write_file, run_command; finish is never served`,
    "  --command PATTERN   a command run_command may run, matched whole as in agent.commands",
    "                      ('npm test', 'npx vitest run **'); repeat for more; required with run_command"
  ],
  async run({ values, positionals, cwd }, io) {
    const settings = mcpSettings(values, positionals, cwd);
    await serveMcp(settings, io.err);
    return 0;
  }
};

// src/cli/cmd-pin.ts
import { mkdirSync as mkdirSync9, writeFileSync as writeFileSync7 } from "node:fs";
import path22 from "node:path";
var GITHUB_API = "https://api.github.com";
var pinCommand = {
  name: "pin",
  summary: `Pin every action the compiled workflows use to the commit its tag names today, in ${PINS_PATH}; compile then writes \`owner/repo@<sha> # v4\` instead of the tag. Asks the forges that host the actions (online).`,
  usage: "crustyclaw pin [--github-api URL]",
  options: { "github-api": { type: "string" } },
  help: [
    "  --github-api URL    API that resolves short names such as actions/checkout@v4",
    `                      (default: GITHUB_API_URL, else ${GITHUB_API}); token from GITHUB_TOKEN or GH_TOKEN`,
    "",
    "Full-URL actions (Forgejo, Gitea: https://host/owner/repo/path@ref) are resolved through",
    "that host's /api/v1, with FORGEJO_TOKEN (or GITEA_TOKEN) when set. Short names are resolved",
    "on GitHub also for Forgejo targets: Forgejo's default actions host mirrors them commit for commit.",
    `Nothing is written unless every reference resolves. Then run \`npx crustyclaw compile\` and commit ${PINS_PATH} with the workflows.`
  ],
  async run({ values, positionals, cwd }, io) {
    if (positionals.length > 0) throw new UsageError(`pin takes no file names (got ${positionals.join(" ")}): it pins what every blueprint's workflows use`);
    const project = openProject(cwd);
    const built = buildWorkflows(project, [], project.config.forges, cwd, { pins: false });
    const old = readPins(project.root);
    const problems2 = [...built.problems, ...old.problems];
    if (problems2.length > 0) {
      printProblems(io, problems2);
      io.err("nothing written");
      return 1;
    }
    const refs = /* @__PURE__ */ new Map();
    for (const uses of built.workflows.flatMap((w) => w.uses)) {
      const ref = actionRef(uses);
      refs.set(ref.key, ref);
    }
    if (refs.size === 0) throw new UsageError(`no workflows to pin: no blueprints in ${project.config.blueprints}`);
    const githubApi = typeof values["github-api"] === "string" ? values["github-api"] : process.env.GITHUB_API_URL || GITHUB_API;
    checkUrl("--github-api", githubApi);
    const resolved = /* @__PURE__ */ new Map();
    const failures = [];
    await Promise.all(
      [...refs.values()].map(async (ref) => {
        try {
          resolved.set(ref.key, await resolveRef(ref, githubApi));
        } catch (err) {
          if (!(err instanceof ForgeError)) throw err;
          failures.push(err.message);
        }
      })
    );
    if (failures.length > 0) {
      for (const f of failures.sort()) io.err(`crustyclaw pin: ${f}`);
      io.err(`nothing written: ${failures.length} of ${refs.size} action reference(s) did not resolve`);
      return 1;
    }
    const file = path22.join(project.root, PINS_PATH);
    mkdirSync9(path22.dirname(file), { recursive: true });
    writeFileSync7(file, formatPins(resolved));
    for (const [key, sha] of [...resolved].sort(([a], [b]) => a.localeCompare(b))) {
      const before = old.pins?.get(key);
      io.out(`${key}  ${sha}${before === void 0 ? "" : before === sha ? "  (unchanged)" : `  (was ${before})`}`);
    }
    io.out(`wrote ${PINS_PATH} (${resolved.size} actions); now run \`npx crustyclaw compile\` and commit both`);
    return 0;
  }
};
function checkUrl(flag, value) {
  try {
    const u = new URL(value);
    if (u.protocol === "https:" || u.protocol === "http:") return;
  } catch {
  }
  throw new UsageError(`${flag} must be an http(s) URL such as ${GITHUB_API}, not '${value}'`);
}
async function resolveRef(ref, githubApi) {
  const params = { owner: ref.owner, repo: ref.repo };
  if (!ref.origin || /^https:\/\/github\.com$/i.test(ref.origin)) {
    const client2 = createClient({ baseUrl: githubApi, token: process.env.GITHUB_TOKEN || process.env.GH_TOKEN || "", throttle: false });
    const where2 = `${githubApi.replace(/\/$/, "")}: ${ref.owner}/${ref.repo}@${ref.ref}`;
    const commit = await call(
      where2,
      () => client2.request("GET /repos/{owner}/{repo}/commits/{ref}", { ...params, ref: ref.ref })
    );
    return shaOf(commit.sha, where2);
  }
  const api = `${ref.origin}/api/v1`;
  const client = createClient({ baseUrl: api, token: process.env.FORGEJO_TOKEN || process.env.GITEA_TOKEN || "", throttle: false });
  const where = `${api}: ${ref.owner}/${ref.repo}@${ref.ref}`;
  try {
    const tag = await call(where, () => client.request("GET /repos/{owner}/{repo}/tags/{tag}", { ...params, tag: ref.ref }));
    return shaOf(tag.commit?.sha, where);
  } catch (err) {
    if (!(err instanceof ForgeError) || err.status !== 404) throw err;
  }
  const branch = await call(
    `${where} (no such tag or branch)`,
    () => client.request("GET /repos/{owner}/{repo}/branches/{branch}", { ...params, branch: ref.ref })
  );
  return shaOf(branch.commit?.id, where);
}
function shaOf(value, where) {
  if (typeof value === "string" && /^[0-9a-f]{40}$/.test(value)) return value;
  throw new ForgeError(`${where}: the answer names no commit SHA (${JSON.stringify(value)})`);
}

// src/cli/cmd-run.ts
var import_yaml9 = __toESM(require_dist(), 1);
import { execFile as execFile2 } from "node:child_process";
import { cpSync as cpSync2, existsSync as existsSync15, mkdirSync as mkdirSync10, mkdtempSync as mkdtempSync2, readdirSync as readdirSync6, readFileSync as readFileSync11, writeFileSync as writeFileSync8 } from "node:fs";
import os5 from "node:os";
import path24 from "node:path";
import { promisify as promisify2 } from "node:util";

// src/local/pipeline.ts
var import_yaml8 = __toESM(require_dist(), 1);
import { execFile } from "node:child_process";
import { existsSync as existsSync14, readdirSync as readdirSync5 } from "node:fs";
import path23 from "node:path";
import { promisify } from "node:util";
function prepareFiles(flavour, configText, blueprints, login) {
  const notes = [];
  const files = {};
  let text2 = configText ?? `forges: [${flavour}]
`;
  if (configText === void 0) {
    files[CONFIG_PATH] = text2;
    notes.push(`no ${CONFIG_PATH}: used the defaults`);
  }
  let config = parseConfig(CONFIG_PATH, text2).config;
  if (!config) throw new Error(`${CONFIG_PATH} has problems: run crustyclaw validate`);
  if (flavour === "forgejo" && !config.authorize.users.includes(login)) {
    text2 = withAuthorizedUser(text2, login);
    files[CONFIG_PATH] = text2;
    config = parseConfig(CONFIG_PATH, text2).config;
    notes.push(`on Forgejo only authorize.users may start runs: ${login} was added for this local run (your ${CONFIG_PATH} is unchanged)`);
  }
  for (const b of blueprints) {
    const wf = compileBlueprint({ blueprint: b.blueprint, sourcePath: b.path, sourceText: b.text, config, forge: flavour });
    files[wf.path] = wf.text;
  }
  return { files, notes };
}
function withAuthorizedUser(text2, login) {
  const doc = (0, import_yaml8.parseDocument)(text2);
  if (!(0, import_yaml8.isMap)(doc.contents)) return `authorize:
  users: [${login}]
`;
  const users = doc.getIn(["authorize", "users"]);
  if ((0, import_yaml8.isSeq)(users)) users.add(login);
  else doc.setIn(["authorize", "users"], doc.createNode([login]));
  return doc.toString();
}
function startsWith(blueprint) {
  const label = blueprint.triggers.issue?.labels[0];
  if (label) return { label };
  if (blueprint.triggers.command) return { command: blueprint.triggers.command };
  if (blueprint.triggers.mention) return { command: `@${blueprint.triggers.mention}` };
  return void 0;
}
async function openIssueRun(session, blueprint, login, issue) {
  const how = startsWith(blueprint);
  if (!how) throw new Error(`blueprint ${blueprint.name} starts on neither an issue label, a command nor a mention, so an issue cannot start it`);
  const created2 = await session.as(login).createIssue(issue);
  if ("label" in how) await session.as(login).addLabels(created2.number, [how.label]);
  else await session.as(login).createComment(created2.number, how.command);
  return created2.number;
}
async function outcome(session, blueprint, issue) {
  const comments = await session.as().listComments(issue);
  const marker = trackingMarker(blueprint.name);
  const actionsLogin = session.flavour === "github" ? "github-actions[bot]" : "forgejo-actions";
  const tracking = comments.find((c) => c.body.includes(marker) && c.author === actionsLogin);
  const state = tracking ? readState(tracking.body) : void 0;
  const pull = state?.pull !== void 0 ? await session.as().getPull(state.pull) : void 0;
  let diff;
  if (pull) {
    const { stdout } = await promisify(execFile)("git", ["-C", session.repo.gitDir, "diff", `${pull.baseRef}...${pull.headSha}`], { maxBuffer: 64 * 1024 * 1024 });
    diff = stdout;
  }
  const transcripts = session.forge.actions.runs.flatMap((run) => {
    const root = path23.join(run.workDir, "artifacts");
    if (!existsSync14(root)) return [];
    return readdirSync5(root).flatMap((a) => {
      const dir = path23.join(root, a, "transcripts");
      return existsSync14(dir) ? readdirSync5(dir).map((f) => path23.join(dir, f)) : [];
    });
  });
  return {
    ...state ? { state } : {},
    ...tracking ? { tracking: tracking.body.replace(/<!-- crustyclaw:[^]*?-->\n?/g, "").trim() } : {},
    ...pull ? { pull } : {},
    ...diff !== void 0 ? { diff } : {},
    transcripts
  };
}

// src/cli/cmd-run.ts
var LOGIN = "you";
var DEMO_TITLE = "Add a shout() helper";
var DEMO_BODY = "Add shout(name) next to greet() in greet.mjs: it returns the greeting in capitals, so shout('Ada') is 'HELLO, ADA!'. Check it in check.mjs.";
var git2 = promisify2(execFile2);
var GOOD = /* @__PURE__ */ new Set(["in-review", "awaiting-merge", "merged", "awaiting-approval"]);
var runCommand = {
  name: "run",
  summary: "Run a blueprint on a local forge, as GitHub or Forgejo would run its compiled workflow: your repository is pushed to the forge, an issue is opened and labelled, and the pipeline's jobs run with the bundled actions. Shows progress, then the tracking comment and the pull request's diff.",
  usage: "crustyclaw run (--title TITLE [--body TEXT | --body-file FILE] | ISSUE.md | --demo) [--forge github|forgejo] [--model SPEC] [--blueprint NAME] [--approve] [--serve]",
  options: {
    title: { type: "string" },
    body: { type: "string" },
    "body-file": { type: "string" },
    forge: { type: "string" },
    model: { type: "string" },
    "model-base-url": { type: "string" },
    blueprint: { type: "string" },
    approve: { type: "boolean" },
    serve: { type: "boolean" },
    demo: { type: "boolean" },
    port: { type: "string" }
  },
  help: [
    "  --title TITLE       the issue's title (or a Markdown file: its first `# ` line is the title, the rest the body)",
    "  --body TEXT         the issue's body; --body-file FILE reads it from a file",
    "  --forge F           github or forgejo (default: the first in .crustyclaw/config.yml, else github)",
    "  --model SPEC        model for every agent node, e.g. anthropic/claude-sonnet-4-5, ollama/llama3,",
    "                      or scripted:turns.yml (default: CRUSTYCLAW_MODEL, then the blueprint's own)",
    "  --model-base-url U  API root of an OpenAI-compatible server (CRUSTYCLAW_MODEL_BASE_URL)",
    "  --blueprint NAME    which blueprint (name or path) when the repository has several",
    "  --approve           answer /approve whenever the run waits for approval",
    "  --serve             keep the forge running afterwards, for `crustyclaw forge comment|review|merge`",
    "  --demo              in an empty directory: create a sample repository and run issue-to-pr on it",
    "                      with a bundled scripted model; no model or key needed",
    "  --port N            the forge's port on 127.0.0.1 (default: a free one)",
    "",
    "The model's key comes from CRUSTYCLAW_MODEL_API_KEY (or OPENAI_API_KEY / ANTHROPIC_API_KEY).",
    "Your working tree is not changed: the forge gets a snapshot of it (what .gitignore ignores left out)."
  ],
  async run({ values, positionals, cwd }, io) {
    if (positionals.length > 1) throw new UsageError(`expected at most one issue file, got ${positionals.length}`);
    const demo = Boolean(values.demo);
    if (demo) await makeDemoRepository(cwd, io);
    const project = openProject(cwd);
    if (!existsSync15(path24.join(project.root, ".git"))) throw new UsageError(`${project.root} is not a git repository: run crustyclaw run inside one (or --demo in an empty directory)`);
    if (project.configProblems.length > 0) {
      printProblems(io, project.configProblems);
      return 1;
    }
    const issue = issueText(values, positionals, cwd, demo);
    const flavour = oneOf("forge", values.forge, FLAVOURS) ?? familyOf(project.config.forges[0] ?? "github");
    const blueprint = chooseBlueprint(project, typeof values.blueprint === "string" ? values.blueprint : void 0, cwd, io);
    if (!blueprint) return 1;
    const how = startsWith(blueprint.blueprint);
    if (!how) throw new UsageError(`blueprint ${blueprint.blueprint.name} starts on neither an issue label, a command nor a mention; choose another with --blueprint`);
    const configPath = path24.join(project.root, CONFIG_PATH);
    const prepared = prepareFiles(flavour, existsSync15(configPath) ? readFileSync11(configPath, "utf8") : void 0, [blueprint], LOGIN);
    if (!existsSync15(path24.join(project.root, blueprint.path))) prepared.files[blueprint.path] = blueprint.text;
    const model = demo ? `scripted:${path24.join(packageRoot(), "demo", "turns.yml")}` : modelSpec(values.model, cwd);
    const vars = {};
    if (model) vars.CRUSTYCLAW_MODEL = model;
    const baseUrl = typeof values["model-base-url"] === "string" ? values["model-base-url"] : process.env.CRUSTYCLAW_MODEL_BASE_URL;
    if (baseUrl) vars.CRUSTYCLAW_MODEL_BASE_URL = baseUrl;
    const key = process.env.CRUSTYCLAW_MODEL_API_KEY || process.env.OPENAI_API_KEY || process.env.ANTHROPIC_API_KEY;
    const port = values.port === void 0 ? void 0 : Number(values.port);
    if (port !== void 0 && !(Number.isInteger(port) && port >= 0 && port <= 65535)) throw new UsageError(`invalid value '${String(values.port)}' for --port; expected a port number`);
    const runsDir = mkdtempSync2(path24.join(os5.tmpdir(), "crustyclaw-run-"));
    const session = await LocalSession.start({
      flavour,
      owner: LOGIN,
      name: repoName(project.root),
      workTree: project.root,
      files: prepared.files,
      vars,
      secrets: key ? { [project.config.modelApiKeySecret]: key } : {},
      actionsRepository: project.config.actions.repository,
      runsDir,
      ...port !== void 0 ? { port } : {}
    });
    const tty = io === processIo && Boolean(process.stdout.isTTY);
    const view = new ProgressView((raw) => tty ? process.stdout.write(raw) : io.out(raw.replace(/\n$/, "")), tty);
    const unsubscribe = session.forge.actions.subscribe((u) => view.update(u));
    try {
      io.out(`local ${flavour} forge on ${session.forge.url}: ${session.repo.fullName} is a snapshot of ${project.root}`);
      for (const n of prepared.notes) io.out(`note: ${n}`);
      if (!model) io.out("note: no --model and no CRUSTYCLAW_MODEL: agent nodes use the model their blueprint names, if any");
      const number2 = await openIssueRun(session, blueprint.blueprint, LOGIN, issue);
      io.out(`opened issue #${number2} "${issue.title}" and ${"label" in how ? `labelled it ${how.label}` : `commented ${how.command}`}`);
      await session.settle();
      let result = await outcome(session, blueprint.blueprint, number2);
      while (values.approve && result.state?.status === "awaiting-approval") {
        io.out(`/approve on #${number2}`);
        await session.as(LOGIN).createComment(number2, "/approve");
        await session.settle();
        result = await outcome(session, blueprint.blueprint, number2);
      }
      view.finish();
      report(io, number2, result, session, runsDir);
      if (values.serve) {
        const file = saveConnection({ flavour, url: session.forge.url, apiUrl: session.forge.apiUrl, repo: session.repo.fullName, login: LOGIN, token: session.forge.token(LOGIN), pid: process.pid });
        io.out(
          [
            "",
            `The forge stays up (Ctrl-C stops it). From another terminal (connection in ${file}):`,
            `  crustyclaw forge comment ${number2} "/approve"`,
            `  crustyclaw forge review ${result.pull?.number ?? "PR"} --request-changes --body "..." [--inline path:line:text]`,
            `  crustyclaw forge merge ${result.pull?.number ?? "PR"}`
          ].join("\n")
        );
        await new Promise((resolve) => {
          process.once("SIGINT", () => resolve());
          process.once("SIGTERM", () => resolve());
        });
        dropConnection();
      }
      return result.state && GOOD.has(result.state.status) ? 0 : 1;
    } finally {
      unsubscribe();
      view.finish();
      await session.close();
    }
  }
};
function issueText(values, positionals, cwd, demo) {
  let title = typeof values.title === "string" ? values.title.trim() : void 0;
  let body = typeof values.body === "string" ? values.body : void 0;
  if (typeof values["body-file"] === "string") {
    if (body !== void 0) throw new UsageError("give --body or --body-file, not both");
    body = readText(path24.resolve(cwd, values["body-file"]), "--body-file");
  }
  const file = positionals[0];
  if (file) {
    const text2 = readText(path24.resolve(cwd, file), "the issue file");
    const m = /^#\s+(.+)\n?/.exec(text2);
    title ??= m?.[1]?.trim();
    body ??= (m ? text2.slice(m[0].length) : text2).trim();
  }
  if (demo) return { title: title ?? DEMO_TITLE, body: body ?? DEMO_BODY };
  if (!title) throw new UsageError("the issue needs a title: --title TEXT, or a Markdown file whose first line is `# Title`");
  return { title, body: body ?? "" };
}
function readText(file, what) {
  try {
    return readFileSync11(file, "utf8");
  } catch {
    throw new UsageError(`cannot read ${what} ${file}`);
  }
}
function modelSpec(given, cwd) {
  const spec = typeof given === "string" ? given.trim() : process.env.CRUSTYCLAW_MODEL?.trim();
  if (!spec) return void 0;
  if (!spec.startsWith("scripted:")) return spec;
  const file = path24.resolve(cwd, spec.slice("scripted:".length).trim());
  if (!existsSync15(file)) throw new UsageError(`scripted model file ${file} not found`);
  return `scripted:${file}`;
}
function chooseBlueprint(project, wanted, cwd, io) {
  const paths = blueprintPaths(project, [], cwd);
  const files = paths.map((p) => readBlueprint(project, p));
  if (files.length === 0) {
    const name = wanted ?? "issue-to-pr";
    const text2 = readBuiltinBlueprint(name);
    const read = readBlueprint({ ...project, root: packageRoot() }, `blueprints/${name}.yml`);
    if (!read.blueprint) throw new UsageError(`no built-in blueprint '${name}'`);
    return { path: `${project.config.blueprints}/${name}.yml`, text: text2, blueprint: read.blueprint };
  }
  const chosen = wanted ? files.find((f) => f.blueprint?.name === wanted || f.path === wanted || path24.resolve(cwd, wanted) === path24.join(project.root, f.path)) : files.find((f) => f.blueprint?.name === "issue-to-pr") ?? files.find((f) => f.blueprint && startsWith(f.blueprint));
  if (!chosen) throw new UsageError(wanted ? `no blueprint '${wanted}' in ${project.config.blueprints}` : `no blueprint in ${project.config.blueprints} starts from an issue; choose one with --blueprint`);
  if (!chosen.blueprint) {
    printProblems(io, chosen.problems);
    return void 0;
  }
  return { path: chosen.path, text: chosen.text, blueprint: chosen.blueprint };
}
function repoName(root) {
  const base = path24.basename(root).replace(/[^A-Za-z0-9._-]/g, "-").replace(/^[^A-Za-z0-9]+/, "");
  return base && !base.endsWith(".git") ? base.slice(0, 100) : "app";
}
function report(io, issue, r, session, runsDir) {
  io.out("");
  io.out(`\u2500\u2500 tracking comment on #${issue} \u2500\u2500`);
  io.out(r.tracking ?? "(none: the route job did not start a run; see the runs above)");
  const usage = session.forge.actions.runs.flatMap(nodeResults).filter((n) => n.turns > 0);
  if (usage.length) {
    const total = { turns: 0, tokens: 0, usd: 0, priced: true };
    for (const n of usage) Object.assign(total, { turns: total.turns + n.turns, tokens: total.tokens + n.tokens, usd: total.usd + n.usd, priced: total.priced && n.priced });
    io.out(`agents: ${usageText(total)}`);
  }
  if (r.pull) {
    io.out("");
    io.out(`\u2500\u2500 pull request #${r.pull.number}: ${r.pull.title} (${r.pull.headRef} \u2192 ${r.pull.baseRef}) \u2500\u2500`);
    io.out(r.diff?.trimEnd() || "(no changes)");
  }
  io.out("");
  io.out(`runs, logs and artifacts: ${runsDir}`);
  for (const t of r.transcripts) io.out(`transcript: ${t}`);
}
async function makeDemoRepository(cwd, io) {
  const present = existsSync15(cwd) ? readdirSync6(cwd) : [];
  if (present.length > 0) throw new UsageError(`--demo creates a sample repository in an empty directory; ${cwd} holds ${present.slice(0, 3).join(", ")}${present.length > 3 ? ", \u2026" : ""}`);
  mkdirSync10(cwd, { recursive: true });
  cpSync2(path24.join(packageRoot(), "demo", "repo"), cwd, { recursive: true });
  mkdirSync10(path24.join(cwd, ".crustyclaw", "blueprints"), { recursive: true });
  writeFileSync8(path24.join(cwd, CONFIG_PATH), `# CrustyClaw settings: see docs/configuration.md in the CrustyClaw repository.
${(0, import_yaml9.stringify)({ forges: ["github"], blueprints: ".crustyclaw/blueprints" })}`);
  writeFileSync8(path24.join(cwd, ".crustyclaw", "blueprints", "issue-to-pr.yml"), readBuiltinBlueprint("issue-to-pr"));
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: "1", GIT_AUTHOR_NAME: "CrustyClaw demo", GIT_AUTHOR_EMAIL: "demo@crustyclaw.invalid", GIT_COMMITTER_NAME: "CrustyClaw demo", GIT_COMMITTER_EMAIL: "demo@crustyclaw.invalid" };
  await git2("git", ["init", "-q", "-b", "main"], { cwd, env });
  await git2("git", ["add", "-A"], { cwd, env });
  await git2("git", ["commit", "-q", "-m", "A greeter, with CrustyClaw set up"], { cwd, env });
  io.out(`created a sample repository in ${cwd}: greet.mjs, its check (npm test), and .crustyclaw/ with the issue-to-pr blueprint`);
}

// src/cli/cmd-schema.ts
import { mkdirSync as mkdirSync11, writeFileSync as writeFileSync9 } from "node:fs";
import path25 from "node:path";

// src/blueprint/docs.ts
var definitions = blueprintSchema.definitions;
function deref(node) {
  return node.$ref ? definitions[node.$ref.split("/").pop()] : node;
}
function typeOf(node) {
  const n = deref(node);
  if (n.enum) return n.enum.map((v) => `\`${String(v)}\``).join(" \\| ");
  if (n.type === "array") {
    const items = deref(n.items ?? {});
    return items.properties ? "list of mappings" : `list of ${items.enum ? `(${typeOf(items)})` : String(items.type ?? "values")}`;
  }
  if (n.type === "object") return "mapping";
  return String(n.type ?? "any");
}
function details(node) {
  const n = deref(node);
  const parts = [];
  if (n.minimum !== void 0 && n.maximum !== void 0) parts.push(`${n.minimum}\u2013${n.maximum}`);
  if (n.default !== void 0) parts.push(`default \`${JSON.stringify(n.default)}\``);
  if (n.examples?.length) parts.push(`e.g. \`${JSON.stringify(n.examples[0])}\``);
  return parts.join("; ");
}
function rows(node, prefix, out) {
  const n = deref(node);
  const required = new Set(n.required ?? []);
  for (const [key, child] of Object.entries(n.properties ?? {})) {
    const path29 = prefix ? `${prefix}.${key}` : key;
    const desc = (deref(child).description ?? child.description ?? "").replace(/\|/g, "\\|").replace(/\n/g, " ");
    out.push(`| \`${path29}\` | ${typeOf(child)} | ${required.has(key) ? "yes" : ""} | ${desc} | ${details(child)} |`);
    const c = deref(child);
    if (c.properties) rows(c, path29, out);
    if (c.type === "array" && c.items && deref(c.items).properties) rows(deref(c.items), `${path29}[]`, out);
    if (typeof c.additionalProperties === "object" && deref(c.additionalProperties).properties) rows(deref(c.additionalProperties), `${path29}.<name>`, out);
  }
}
function blueprintReference() {
  const table = ["| Key | Type | Required | Description | Range, default, example |", "|---|---|---|---|---|"];
  rows(blueprintSchema, "", table);
  return [
    "<!-- Generated by `crustyclaw schema --markdown --out docs/blueprints.md`; do not edit. -->",
    "# Blueprint reference",
    "",
    "A blueprint is a YAML file describing a DAG of deterministic (`run`) and agent (`agent`) nodes.",
    "`crustyclaw compile` turns it into one workflow per forge; `crustyclaw validate` checks it.",
    "Point your editor at the schema for completion and inline errors:",
    "",
    "```yaml",
    "# yaml-language-server: $schema=../node_modules/crustyclaw/schema/blueprint.schema.json",
    "```",
    "",
    "Rules beyond the schema, checked by `crustyclaw validate`:",
    "",
    "- every node has exactly one of `run` or `agent`; node ids are unique; `route`, `publish` and `publish-*` are reserved for generated jobs;",
    "- `needs` name existing nodes, form no cycle, and never point to a later stage (stages run plan \u2192 execute \u2192 review \u2192 feedback);",
    "- an agent with `commands` must be granted `run_command`, and `run_command` needs at least one command; each entry is a command pattern that can match something (a program written out, `**` only as the last word, no `npx` options or package specifications, no `pnpm dlx`-style downloads; see [tools.md](tools.md));",
    "- agents receive no `secrets`; `run` commands contain no workflow expressions (`${{ ... }}`), because CrustyClaw runs them, not the forge;",
    "- `agent.mcp` names servers defined in the blueprint's `mcp-servers` or in `.crustyclaw/config.yml`, and every granted tool's model-facing name `mcp__<server>__<tool>` fits model APIs (at most 64 letters, digits, `_` and `-`); `mcp-servers` values are literal (no `${{ ... }}`, no secrets).",
    "- a blueprint of only `feedback` nodes works on pull requests people opened (as `fix-failing-ci` does): a run adopts the pull request it starts on (one of this repository, not a fork's, not a CrustyClaw run's own, its checks failing), works on its head, pushes its fix as a new commit on that pull request's branch (never over commits pushed meanwhile) and opens none; so it starts with `ci-failure`, `command`, `mention` or `dispatch` (not `issue`, `assignee`, `schedule` or `review`), and its `review-policy` is not `auto`.",
    "",
    "## Keys",
    "",
    ...table,
    ""
  ].join("\n");
}

// src/cli/cmd-schema.ts
function schemaJson(schema3 = blueprintSchema) {
  return `${JSON.stringify(schema3, null, 2)}
`;
}
var schemaCommand = {
  name: "schema",
  summary: "Print the blueprint JSON Schema, or (with --markdown) the reference generated from it, or (with --plan) the plan JSON Schema.",
  usage: "crustyclaw schema [--markdown | --plan] [--out FILE]",
  options: { markdown: { type: "boolean" }, plan: { type: "boolean" }, out: { type: "string" } },
  help: [
    "  --markdown          print the Markdown reference (docs/blueprints.md) instead of the JSON Schema",
    "  --plan              print the JSON Schema of plans (what plan-stage agents produce)",
    "  --out FILE          write to FILE instead of stdout"
  ],
  async run({ values, cwd }, io) {
    if (values.markdown && values.plan) throw new UsageError("--markdown and --plan cannot be combined");
    const text2 = values.markdown ? blueprintReference() : schemaJson(values.plan ? PLAN_SCHEMA : blueprintSchema);
    if (typeof values.out === "string") {
      const target = path25.resolve(cwd, values.out);
      mkdirSync11(path25.dirname(target), { recursive: true });
      writeFileSync9(target, text2);
      io.out(`wrote ${values.out}`);
    } else io.out(text2);
    return 0;
  }
};

// src/cli/cmd-test.ts
import { existsSync as existsSync17, readdirSync as readdirSync8, readFileSync as readFileSync13, statSync as statSync5 } from "node:fs";
import path27 from "node:path";

// src/testing/run.ts
var import_yaml10 = __toESM(require_dist(), 1);
import { execFile as execFile3 } from "node:child_process";
import { existsSync as existsSync16, mkdtempSync as mkdtempSync3, readdirSync as readdirSync7, readFileSync as readFileSync12, rmSync as rmSync5, statSync as statSync4, writeFileSync as writeFileSync10 } from "node:fs";
import { tmpdir } from "node:os";
import path26 from "node:path";
import { promisify as promisify3 } from "node:util";
var PERSON = "you";
var git3 = promisify3(execFile3);
function specProblems(spec, source, blueprint, testDir) {
  const problems2 = [];
  const at = (p, message, hint, code = "test") => {
    const { line, column } = positionOf(source, p, true);
    problems2.push({ file: source.file, line, column, message, code, ...hint ? { hint } : {} });
  };
  if (spec.retired.includes("stages")) {
    at(["stages"], "stages is no longer used: tests run the compiled workflow, whose segments decide what runs", "remove it; to go past an approval, list events (docs/testing-blueprints.md#migrating)", "retired");
  }
  if (spec.retired.includes("issue.number")) {
    at(["issue", "number"], "issue.number is no longer used: the local forge numbers issues from 1", "remove it", "retired");
  }
  const ids = blueprint.nodes.map((n) => n.id);
  const node = (id) => blueprint.nodes.find((n) => n.id === id);
  for (const [key, model] of Object.entries(spec.models)) {
    const id = key.split(".")[0];
    const n = node(id);
    if (!n) at(["models", key], `'${id}' is not a node of ${blueprint.name}`, didYouMean(id, ids));
    else if (n.kind !== "agent") at(["models", key], `'${id}' is a deterministic node; only agent nodes take scripted turns`);
    if (typeof model === "string" && !existsSync16(path26.resolve(testDir, model))) at(["models", key], `script file ${model} not found (paths are relative to the test file)`);
  }
  spec.skip.forEach((id, i) => {
    const n = node(id);
    if (!n) at(["skip", i], `'${id}' is not a node of ${blueprint.name}`, didYouMean(id, ids));
    else if (n.kind === "agent") at(["skip", i], `'${id}' is an agent node; give it scripted turns under models instead of skipping it`);
  });
  const feedback = (spec.events ?? []).some((e) => "review" in e || "status" in e || "comment" in e && e.on === "pull");
  for (const n of blueprint.nodes) {
    if (n.kind !== "agent" || Object.keys(spec.models).some((k) => k === n.id || k.startsWith(`${n.id}.`)) || n.stage === "feedback" && !feedback) continue;
    at(["models"], `agent node '${n.id}' (${n.stage} stage) has no scripted turns; tests never call a real model`, `add models: { ${n.id}: path/to/turns.yml }`);
  }
  const checkNodes = (e, where) => {
    for (const id of Object.keys(e?.nodes ?? {})) if (!node(id)) at([...where, "nodes", id], `'${id}' is not a node of ${blueprint.name}`, didYouMean(id, ids));
  };
  checkNodes(spec.expect, ["expect"]);
  spec.events?.forEach((e, i) => checkNodes(e.expect, ["events", i, "expect"]));
  if (!spec.events && !startsWith(blueprint)) at(["blueprint"], `${blueprint.name} starts on neither an issue label, a command nor a mention`, "list events that start it");
  const fixture = path26.resolve(testDir, spec.fixture);
  if (!existsSync16(fixture) || !statSync4(fixture).isDirectory()) at(["fixture"], `fixture directory ${spec.fixture} not found (paths are relative to the test file)`);
  return problems2;
}
function withSkips(text2, skip) {
  if (skip.length === 0) return text2;
  const doc = (0, import_yaml10.parseDocument)(text2);
  const nodes = doc.get("nodes");
  for (const n of nodes.items) if (skip.includes(String(n.get("id")))) n.set("run", "true");
  return doc.toString();
}
async function runBlueprintTest(spec, testDir, ctx) {
  const text2 = withSkips(ctx.blueprintText, spec.skip);
  const loaded = loadBlueprint(ctx.blueprintPath, text2);
  if (!loaded.blueprint) throw new Error(`the blueprint with skipped nodes does not load: ${loaded.problems.map((p) => p.message).join("; ")}`);
  const blueprint = loaded.blueprint;
  const temp = mkdtempSync3(path26.join(tmpdir(), "crustyclaw-test-"));
  const scripts = {};
  for (const [id, model] of Object.entries(spec.models)) scripts[id] = typeof model === "string" ? (0, import_yaml10.parseDocument)(readFileSync12(path26.resolve(testDir, model), "utf8")).toJS() : model;
  const scriptFile = path26.join(temp, "turns.yml");
  writeFileSync10(scriptFile, (0, import_yaml10.stringify)({ nodes: scripts }));
  const out = [];
  try {
    for (const forge of spec.forges ?? ctx.forges) out.push(await runOn(forge, spec, blueprint, text2, testDir, ctx, scriptFile, temp));
  } finally {
    if (!ctx.keep) rmSync5(temp, { recursive: true, force: true });
  }
  return out;
}
async function runOn(forge, spec, blueprint, text2, testDir, ctx, scriptFile, temp) {
  const flavour = familyOf(forge);
  const prepared = prepareFiles(flavour, ctx.configText, [{ path: ctx.blueprintPath, text: text2, blueprint }], PERSON);
  const runsDir = path26.join(temp, `runs-${forge}`);
  const people = Object.fromEntries((spec.events ?? []).flatMap((e) => e.as && e.as !== PERSON ? [[e.as, "write"]] : []));
  const session = await LocalSession.start({
    flavour,
    owner: PERSON,
    people,
    workTree: path26.resolve(testDir, spec.fixture),
    files: { ...prepared.files, [ctx.blueprintPath]: text2 },
    vars: Object.keys(spec.models).length ? { CRUSTYCLAW_MODEL: `scripted:${scriptFile}` } : {},
    // Nothing here is GitHub's API: its write spacing and retry waits need not be slept.
    runnerEnv: { CRUSTYCLAW_TIME_SCALE: "0.01" },
    runsDir
  });
  const failures = [];
  let last;
  try {
    const issue = (await session.as(PERSON).createIssue(spec.issue)).number;
    await session.settle();
    const start = startsWith(blueprint);
    const events = spec.events ?? [start && "label" in start ? { label: start.label } : { comment: start && "command" in start ? start.command : "" }];
    for (const [i, e] of events.entries()) {
      await act(session, blueprint, issue, e);
      await session.settle();
      if (!e.expect) continue;
      last = await observe(session, blueprint, issue, e.expect);
      failures.push(...compare(e.expect, last).map((f) => `after event ${i + 1} (${describe2(e)}): ${f}`));
    }
    last = await observe(session, blueprint, issue, spec.expect);
    failures.push(...compare(spec.expect, last));
  } finally {
    await session.close();
  }
  return { forge, outcome: last.outcome, reasons: last.reasons, changed: last.changed, nodes: last.nodes, turns: last.turns, failures, ...ctx.keep ? { runs: runsDir } : {} };
}
function describe2(e) {
  if ("label" in e) return `label ${e.label}`;
  if ("comment" in e) return `comment ${JSON.stringify(e.comment.slice(0, 40))}`;
  if ("review" in e) return `review ${e.review.event}`;
  if ("merge" in e) return "merge";
  return `status ${e.status.state}`;
}
async function act(session, blueprint, issue, e) {
  const forge = session.as(e.as ?? PERSON);
  const pull = async () => {
    const p2 = await session.as().findPullByHead(`${branchPrefix(blueprint)}${issue}`);
    if (!p2) throw new Error(`${describe2(e)}: the run has no pull request to act on`);
    return p2;
  };
  if ("label" in e) return forge.addLabels(issue, [e.label]);
  if ("comment" in e) return void await forge.createComment(e.on === "pull" ? (await pull()).number : issue, e.comment);
  if ("review" in e) return void await forge.submitReview((await pull()).number, { event: e.review.event, body: e.review.body ?? "", comments: e.review.comments ?? [] });
  if ("merge" in e) return forge.mergePull((await pull()).number, e.merge);
  const p = await pull();
  const res = await fetch(`${session.forge.apiUrl}/repos/${session.repo.fullName}/statuses/${p.headSha}`, {
    method: "POST",
    headers: { authorization: `token ${session.forge.token(e.as ?? PERSON)}`, "content-type": "application/json" },
    body: JSON.stringify({ state: e.status.state, context: e.status.context ?? "ci/test", description: e.status.description ?? "" })
  });
  if (!res.ok) throw new Error(`status: the forge answered ${res.status}`);
}
async function observe(session, blueprint, issue, wanted) {
  const o = await outcome(session, blueprint, issue);
  const status = o.state?.status;
  const outcome2 = !o.state ? "none" : status === "escalated" || status === "merged" || status === "closed" || status === "awaiting-approval" ? status : o.pull ? "pull-request" : "no-changes";
  const branch = `${branchPrefix(blueprint)}${issue}`;
  const gitDir = session.repo.gitDir;
  const base = session.repo.defaultBranch;
  const hasBranch = await git3("git", ["-C", gitDir, "rev-parse", "--verify", "--quiet", `refs/heads/${branch}`]).then(() => true, () => false);
  const changed = hasBranch ? (await git3("git", ["-C", gitDir, "diff", "--name-only", `${base}...${branch}`])).stdout.split("\n").filter(Boolean).sort() : [];
  const files = /* @__PURE__ */ new Map();
  for (const file of Object.keys(wanted.files ?? {})) {
    files.set(file, await git3("git", ["-C", gitDir, "show", `${hasBranch ? branch : base}:${file}`]).then((r) => r.stdout, () => void 0));
  }
  const runs = nodeResults2(session);
  const all = runs.flat();
  const latest = /* @__PURE__ */ new Map();
  for (const results of runs) {
    const mine = /* @__PURE__ */ new Map();
    for (const r of results) if (!mine.has(r.node) || r.status === "failed") mine.set(r.node, r);
    for (const [id, r] of mine) latest.set(id, r);
  }
  return {
    outcome: outcome2,
    reasons: o.state?.escalation ? [o.state.escalation] : [],
    changed,
    nodes: [...latest.values()],
    turns: all.reduce((a, r) => a + (r.usage?.turns ?? 0), 0),
    tracking: o.tracking ?? "",
    files
  };
}
function nodeResults2(session) {
  return session.forge.actions.runs.map((run) => {
    const out = [];
    const root = path26.join(run.workDir, "artifacts");
    for (const artifact of entries2(root)) {
      const dir = path26.join(root, artifact, "nodes");
      for (const f of entries2(dir)) {
        try {
          out.push(JSON.parse(readFileSync12(path26.join(dir, f), "utf8")));
        } catch {
        }
      }
    }
    return out;
  });
}
function entries2(dir) {
  return existsSync16(dir) ? readdirSync7(dir).sort() : [];
}
function compare(e, run) {
  const out = [];
  const reasons = run.reasons.length ? `: ${run.reasons.join("; ")}` : "";
  if (e.outcome !== void 0 && run.outcome !== e.outcome) out.push(`outcome: expected ${e.outcome}, got ${run.outcome}${reasons}`);
  if (e.escalation !== void 0 && !run.reasons.some((r) => r.includes(e.escalation))) {
    out.push(`escalation: expected a reason containing ${JSON.stringify(e.escalation)}, got ${run.reasons.length ? JSON.stringify(run.reasons) : "none"}`);
  }
  if (e.changed) {
    const want = [...e.changed].sort();
    if (JSON.stringify(want) !== JSON.stringify(run.changed)) out.push(`changed: expected [${want.join(", ")}], got [${run.changed.join(", ")}]`);
  }
  for (const [file, x] of Object.entries(e.files ?? {})) {
    const text2 = run.files.get(file);
    if (x.absent) {
      if (text2 !== void 0) out.push(`files.${file}: expected no such file, but it exists`);
      continue;
    }
    if (text2 === void 0) {
      out.push(`files.${file}: expected the file, but it does not exist`);
      continue;
    }
    if (x.equals !== void 0 && text2 !== x.equals) out.push(`files.${file}: expected it to equal ${JSON.stringify(x.equals)}, got ${JSON.stringify(text2.slice(0, 200))}`);
    for (const c of x.contains === void 0 ? [] : [x.contains].flat()) {
      if (!text2.includes(c)) out.push(`files.${file}: expected it to contain ${JSON.stringify(c)}`);
    }
  }
  for (const [id, x] of Object.entries(e.nodes ?? {})) {
    const r = run.nodes.find((n) => n.node === id);
    if (!r) {
      out.push(`nodes.${id}: expected a result, but the node did not run`);
      continue;
    }
    if (x.status && r.status !== x.status) out.push(`nodes.${id}.status: expected ${x.status}, got ${r.status}${r.escalation ? ` (${r.escalation})` : ""}`);
    const said = r.summary ?? r.output;
    if (x.output !== void 0 && !said.includes(x.output)) out.push(`nodes.${id}.output: expected it to contain ${JSON.stringify(x.output)}, got ${JSON.stringify(said.slice(-300))}`);
    if (x.result !== void 0) out.push(...subsetDiff(x.result, r.result ?? {}, `nodes.${id}.result`));
  }
  if (e.turns !== void 0 && run.turns !== e.turns) out.push(`turns: expected ${e.turns}, got ${run.turns}`);
  for (const t of e.tracking === void 0 ? [] : [e.tracking].flat()) {
    if (!run.tracking.includes(t)) out.push(`tracking: expected the tracking comment to contain ${JSON.stringify(t)}, got ${JSON.stringify(run.tracking.slice(0, 300))}`);
  }
  return out;
}
function subsetDiff(expected, actual, where) {
  if (expected !== null && typeof expected === "object" && !Array.isArray(expected)) {
    if (actual === null || typeof actual !== "object" || Array.isArray(actual)) return [`${where}: expected an object, got ${JSON.stringify(actual)}`];
    return Object.entries(expected).flatMap(([k, v]) => subsetDiff(v, actual[k], `${where}.${k}`));
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return [`${where}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
    return expected.flatMap((v, i) => subsetDiff(v, actual[i], `${where}[${i}]`));
  }
  return JSON.stringify(expected) === JSON.stringify(actual) ? [] : [`${where}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
}

// src/testing/spec.ts
var OUTCOMES = ["pull-request", "no-changes", "escalated", "awaiting-approval", "merged", "closed"];
var { $schema: _s, title: _t, ...inlineScript } = scriptSchema;
var text = { type: "string", minLength: 1 };
var expectations = {
  type: "object",
  additionalProperties: false,
  properties: {
    outcome: { enum: [...OUTCOMES], description: "Where the run stands. Default pull-request (after the last event)." },
    escalation: { ...text, description: "Text the escalation reason must contain." },
    changed: { type: "array", uniqueItems: true, items: text, description: "Exactly the files the run's branch changes." },
    files: {
      type: "object",
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        minProperties: 1,
        properties: {
          contains: { oneOf: [{ type: "string" }, { type: "array", items: { type: "string" } }] },
          equals: { type: "string" },
          absent: { const: true }
        }
      }
    },
    nodes: {
      type: "object",
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        minProperties: 1,
        properties: { status: { enum: ["done", "failed"] }, output: { type: "string" }, result: { type: "object" } }
      }
    },
    turns: { type: "integer", minimum: 0, description: "Model turns spent by all agents together, over every run so far." },
    tracking: { oneOf: [text, { type: "array", items: text }], description: "Text the tracking comment contains." }
  }
};
var person = { as: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9-]{0,38}$", description: "Who does it. Default the repository's owner, `you`." }, expect: expectations };
var testSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "CrustyClaw blueprint test",
  type: "object",
  additionalProperties: false,
  required: ["blueprint", "fixture", "expect"],
  properties: {
    description: { type: "string" },
    blueprint: { ...text, description: "Path of the blueprint under test, relative to this file." },
    fixture: { ...text, description: "Directory with the repository the run starts from, relative to this file." },
    issue: {
      type: "object",
      additionalProperties: false,
      required: ["title"],
      properties: { number: { type: "integer", minimum: 1 }, title: text, body: { type: "string" } }
    },
    models: {
      type: "object",
      description: "Scripted model turns per agent node id: a script file relative to this file, or the script inline.",
      additionalProperties: { oneOf: [text, inlineScript] }
    },
    stages: { type: "array", description: "No longer used: the compiled workflow decides what runs." },
    skip: { type: "array", uniqueItems: true, items: text, description: "Deterministic nodes whose command is replaced by `true`." },
    forges: { type: "array", uniqueItems: true, minItems: 1, items: { enum: [...FORGES] }, description: "Forges to run on. Default the config's forges." },
    events: {
      type: "array",
      minItems: 1,
      items: {
        oneOf: [
          { type: "object", additionalProperties: false, required: ["label"], properties: { label: text, ...person } },
          { type: "object", additionalProperties: false, required: ["comment"], properties: { comment: text, on: { enum: ["issue", "pull"] }, ...person } },
          {
            type: "object",
            additionalProperties: false,
            required: ["review"],
            properties: {
              review: {
                type: "object",
                additionalProperties: false,
                required: ["event"],
                properties: {
                  event: { enum: ["approve", "request_changes", "comment"] },
                  body: { type: "string" },
                  comments: {
                    type: "array",
                    items: { type: "object", additionalProperties: false, required: ["path", "line", "body"], properties: { path: text, line: { type: "integer", minimum: 1 }, body: text } }
                  }
                }
              },
              ...person
            }
          },
          { type: "object", additionalProperties: false, required: ["merge"], properties: { merge: { enum: ["merge", "squash"] }, ...person } },
          {
            type: "object",
            additionalProperties: false,
            required: ["status"],
            properties: {
              status: {
                type: "object",
                additionalProperties: false,
                required: ["state"],
                properties: { state: { enum: ["success", "failure", "pending"] }, context: text, description: { type: "string" } }
              },
              ...person
            }
          }
        ]
      }
    },
    expect: expectations
  }
};
function parseTestSpec(file, textIn) {
  const { source, problems: problems2 } = parseYamlSource(file, textIn);
  if (!source || problems2.length > 0) return { problems: problems2 };
  if (!blueprintTest(source.data)) return { source, problems: schemaProblems(source, blueprintTest.errors ?? []) };
  const d = source.data;
  const retired = [];
  if (d.stages !== void 0) retired.push("stages");
  if (d.issue?.number !== void 0) retired.push("issue.number");
  const spec = {
    ...d.description !== void 0 ? { description: d.description } : {},
    blueprint: d.blueprint,
    fixture: d.fixture,
    issue: { title: d.issue?.title ?? "A test issue", body: d.issue?.body ?? "" },
    models: d.models ?? {},
    skip: d.skip ?? [],
    ...d.forges ? { forges: d.forges } : {},
    ...d.events ? { events: d.events } : {},
    expect: { ...d.expect, outcome: d.expect.outcome ?? "pull-request" },
    retired
  };
  return { spec, source, problems: [] };
}

// src/cli/cmd-test.ts
var TESTS_DIR = ".crustyclaw/tests";
function testFiles(root, names, cwd) {
  const given = names.length ? names.map((n) => path27.resolve(cwd, n)) : [path27.join(root, TESTS_DIR)];
  return given.flatMap((p) => {
    if (!existsSync17(p)) {
      if (names.length) throw new UsageError(`${path27.relative(cwd, p) || p}: no such file or directory`);
      return [];
    }
    if (!statSync5(p).isDirectory()) return [p];
    return readdirSync8(p).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => path27.join(p, f));
  });
}
var testCommand = {
  name: "test",
  summary: "Run blueprint tests on the local forge: each test makes a repository from a fixture, opens an issue, does what its events say (label, comment, review, merge), runs the compiled workflow through the local executor with scripted model turns, and checks the outcome, the branch and the nodes' results.",
  usage: "crustyclaw test [--json] [--keep] [--forge github|forgejo] [test.yml | dir ...]",
  options: { json: { type: "boolean" }, keep: { type: "boolean" }, forge: { type: "string" } },
  help: [
    `  (no files)          run every *.yml in ${TESTS_DIR}`,
    "  --forge F           run on this forge only (default: each test's forges, else the config's)",
    "  --keep              keep each test's workflow runs (jobs, logs, artifacts) and print where they are",
    "  --json              print the results as JSON on stdout"
  ],
  async run({ values, positionals, cwd }, io) {
    const project = openProject(cwd);
    const files = testFiles(project.root, positionals, cwd);
    if (files.length === 0) throw new UsageError(`no tests found in ${TESTS_DIR}; name test files, or see docs/testing-blueprints.md`);
    const onlyForge = oneOf("forge", values.forge, FORGES);
    const problems2 = [...project.configProblems];
    const configFile = path27.join(project.root, CONFIG_PATH);
    const configText = existsSync17(configFile) ? readFileSync13(configFile, "utf8") : void 0;
    const results = [];
    for (const file of files) {
      const name = toRepoPath(project.root, file, cwd);
      const parsed2 = parseTestSpec(name, readFileSync13(file, "utf8"));
      if (!parsed2.spec || !parsed2.source) {
        problems2.push(...parsed2.problems);
        continue;
      }
      const dir = path27.dirname(file);
      const bpPath = toRepoPath(project.root, path27.resolve(dir, parsed2.spec.blueprint), cwd);
      const bp = readBlueprint(project, bpPath);
      if (!bp.blueprint) {
        problems2.push(...bp.problems);
        continue;
      }
      const found = specProblems(parsed2.spec, parsed2.source, bp.blueprint, dir);
      if (found.length) {
        problems2.push(...found);
        continue;
      }
      const forges = onlyForge ? [onlyForge] : parsed2.spec.forges ?? project.config.forges;
      const runs = await runBlueprintTest({ ...parsed2.spec, forges }, dir, { blueprintPath: bpPath, blueprintText: bp.text, ...configText !== void 0 ? { configText } : {}, forges, keep: Boolean(values.keep) });
      for (const run of runs) {
        const passed2 = run.failures.length === 0;
        results.push({ test: name, forge: run.forge, passed: passed2, outcome: run.outcome, turns: run.turns, failures: run.failures, ...run.runs ? { runs: run.runs } : {} });
        if (values.json) continue;
        io.out(`${passed2 ? "pass" : "FAIL"}  ${name} on ${run.forge} (${run.outcome}, ${run.nodes.length} node${run.nodes.length === 1 ? "" : "s"}, ${run.turns} turns)`);
        for (const f of run.failures) io.out(`      ${f}`);
        if (run.runs) io.out(`      runs: ${run.runs}`);
      }
    }
    const ok2 = problems2.length === 0 && results.every((r) => r.passed);
    if (values.json) printJson(io, { ok: ok2, tests: results, problems: problems2 });
    else {
      printProblems(io, problems2);
      const failed = results.filter((r) => !r.passed).length;
      io.out(`${results.length - failed} passed, ${failed} failed${problems2.length ? `, ${problems2.length} problem${problems2.length === 1 ? "" : "s"} in test files` : ""}`);
    }
    return ok2 ? 0 : 1;
  }
};

// src/cli/cmd-validate.ts
var validateCommand = {
  name: "validate",
  summary: "Check blueprints for problems: schema, needs, cycles, stage order. Reports every problem with file:line:column.",
  usage: "crustyclaw validate [--json] [blueprint.yml ...]",
  options: { json: { type: "boolean" } },
  help: ["  --json              print the result as JSON on stdout"],
  async run({ values, positionals, cwd }, io) {
    const project = openProject(cwd);
    const paths = blueprintPaths(project, positionals, cwd);
    if (paths.length === 0) {
      throw new UsageError(`no blueprints found in ${project.config.blueprints}; name files to validate or run 'crustyclaw init'`);
    }
    const files = paths.map((p) => readBlueprint(project, p));
    const problems2 = [...project.configProblems, ...files.flatMap((f) => f.problems)];
    if (values.json) {
      printJson(io, {
        ok: problems2.length === 0,
        blueprints: files.map((f) => ({ path: f.path, valid: f.problems.length === 0, name: f.blueprint?.name ?? null })),
        problems: problems2
      });
    } else {
      printProblems(io, problems2);
      for (const f of files) if (f.blueprint) io.out(`ok  ${f.path} (${f.blueprint.nodes.length} nodes)`);
    }
    return problems2.length === 0 ? 0 : 1;
  }
};

// src/cli/main.ts
var COMMANDS = [initCommand, validateCommand, compileCommand, checkCommand, pinCommand, testCommand, runCommand, graphCommand, schemaCommand, forgeCommand, mcpCommand];
function version() {
  return JSON.parse(readFileSync14(path28.join(packageRoot(), "package.json"), "utf8")).version;
}
function mainHelp() {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    "Usage: crustyclaw <command> [options]",
    "",
    "Run software agents through your repository's own CI: blueprints compiled to GitHub and Forgejo workflows.",
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary.split(". ")[0].replace(/\.$/, "")}`),
    "",
    "Run `crustyclaw <command> --help` for a command's options.",
    "Exit codes: 0 ok, 1 problems found, 2 usage error.",
    ""
  ].join("\n");
}
async function main(argv, cwd = process.cwd(), io = processIo) {
  const [name, ...rest] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    io.out(mainHelp());
    return name === void 0 ? EXIT.usage : EXIT.ok;
  }
  if (name === "--version" || name === "-V") {
    io.out(version());
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`crustyclaw: unknown command '${name}'. Commands: ${COMMANDS.map((c) => c.name).join(", ")}`);
    return EXIT.usage;
  }
  try {
    const { values, positionals } = parseCommandArgs(command, rest);
    if (values.help) {
      io.out(commandHelp(command));
      return EXIT.ok;
    }
    return await command.run({ values, positionals, cwd }, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`crustyclaw ${command.name}: ${err.message}
Usage: ${command.usage}`);
      return EXIT.usage;
    }
    io.err(`crustyclaw ${command.name}: internal error: ${err.message}`);
    if (process.env.CRUSTYCLAW_DEBUG) io.err(String(err.stack));
    return EXIT.problems;
  }
}

// src/cli/index.ts
process.exitCode = await main(process.argv.slice(2));
