import { describe, expect, it, vi } from "vitest";
import { createSingleFlight } from "./singleflight";

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe("single-flight refresh", () => {
  it("runs one task for many parallel callers with the same key", async () => {
    const flights = createSingleFlight<string>({ graceMs: 0 });
    const gate = deferred<string>();
    const task = vi.fn(() => gate.promise);
    const callers = Array.from({ length: 10 }, () => flights.run("rt-1", task));
    gate.resolve("new-tokens");
    expect(await Promise.all(callers)).toEqual(Array(10).fill("new-tokens"));
    expect(task).toHaveBeenCalledTimes(1);
  });

  it("runs separate tasks for different keys", async () => {
    const flights = createSingleFlight<string>({ graceMs: 0 });
    const task = vi.fn(async () => "x");
    await Promise.all([flights.run("a", task), flights.run("b", task)]);
    expect(task).toHaveBeenCalledTimes(2);
  });

  it("gives late callers with the old token the same result during the grace period", async () => {
    let now = 1_000;
    const flights = createSingleFlight<string>({ graceMs: 30_000, now: () => now });
    const task = vi.fn(async () => "rotated");
    await flights.run("old", task);
    now += 29_000;
    expect(await flights.run("old", task)).toBe("rotated");
    expect(task).toHaveBeenCalledTimes(1);
  });

  it("forgets results after the grace period", async () => {
    let now = 0;
    const flights = createSingleFlight<number>({ graceMs: 1_000, now: () => now });
    let calls = 0;
    const task = async () => ++calls;
    await flights.run("k", task);
    now = 1_001;
    expect(await flights.run("k", task)).toBe(2);
  });

  it("shares a failure with the callers in flight, then lets a new attempt run", async () => {
    const flights = createSingleFlight<string>({ graceMs: 30_000 });
    const gate = deferred<string>();
    const first = flights.run("k", () => gate.promise);
    const second = flights.run("k", async () => "never");
    gate.reject(new Error("refresh refused"));
    await expect(first).rejects.toThrow("refresh refused");
    await expect(second).rejects.toThrow("refresh refused");
    expect(await flights.run("k", async () => "retry")).toBe("retry");
  });

  it("does not remember anything with a zero grace period", async () => {
    const flights = createSingleFlight<string>({ graceMs: 0 });
    await flights.run("k", async () => "v");
    expect(flights.size()).toBe(0);
  });

  it("bounds how many results it remembers", async () => {
    const flights = createSingleFlight<number>({ graceMs: 60_000, maxRemembered: 3 });
    for (let i = 0; i < 10; i++) await flights.run(`k${i}`, async () => i);
    await flights.run("last", async () => 99);
    expect(flights.size()).toBeLessThanOrEqual(4);
  });
});
