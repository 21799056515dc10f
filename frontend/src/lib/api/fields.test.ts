import { describe, expect, it } from "vitest";
import { apiFieldPath, messageFieldOf } from "./fields";

describe("API field paths", () => {
  it("drops the input prefix and list indexes, keeping the first two names", () => {
    expect(apiFieldPath("input.schedule[0].from")).toEqual({ head: "schedule", second: "from" });
    expect(apiFieldPath("trigger.geofenceIds.1")).toEqual({ head: "trigger", second: "geofenceIds" });
    expect(apiFieldPath("polygon[3].latitude")).toEqual({ head: "polygon", second: "latitude" });
    expect(apiFieldPath("name")).toEqual({ head: "name", second: "" });
  });

  it("keeps an index that is part of a name", () => {
    expect(apiFieldPath("input.line2.city")).toEqual({ head: "line2", second: "city" });
  });
});

describe("the message field a path names", () => {
  const of = (field: string, containers: readonly string[] = ["message"]) => messageFieldOf(apiFieldPath(field), containers);

  it("reads a part inside a container, and a bare part", () => {
    expect(of("message.title")).toBe("title");
    expect(of("input.message.deepLink")).toBe("deepLink");
    expect(of("pushMessage.imageUrl", ["pushMessage", "message"])).toBe("imageUrl");
    expect(of("data")).toBe("data");
  });

  it("puts the message as a whole, or a part the form lacks, on the body", () => {
    expect(of("message")).toBe("body");
    expect(of("message.payload")).toBe("body");
    expect(of("pushMessage", ["pushMessage"])).toBe("body");
  });

  it("names nothing outside the message", () => {
    expect(of("schedule.days")).toBeUndefined();
    expect(of("pushMessage.title")).toBeUndefined();
    expect(of("payload")).toBeUndefined();
  });
});
