// An API refusal names the input it refuses in extensions.field as a path (input.schedule[0].from,
// trigger.geofenceIds.1, pushMessage.title...). Forms map that path to one of their fields; the path
// reading and the push message's part of it are the same for every form that sends a message.

/** The first two names of an input path, without the "input." prefix and list indexes. */
export interface ApiFieldPath {
  head: string;
  second: string;
}

export function apiFieldPath(apiField: string): ApiFieldPath {
  const path = apiField
    .replace(/^input\./, "")
    .replace(/\[\d+\]/g, "")
    .replace(/\.\d+(?=\.|$)/g, "");
  const [head = "", second = ""] = path.split(".");
  return { head, second };
}

/** The parts of a push message, as forms that compose one name their fields. */
export type MessageField = "title" | "body" | "imageUrl" | "deepLink" | "data";

const MESSAGE_FIELDS: readonly string[] = ["title", "body", "imageUrl", "deepLink", "data"] satisfies readonly MessageField[];

/**
 * The message field a path names, or undefined when it names none: a bare part (title) is that part,
 * a part inside one of `containers` (message.title) too, and the container itself or a part the form
 * does not have is the body, where a message's problem is shown.
 */
export function messageFieldOf({ head, second }: ApiFieldPath, containers: readonly string[]): MessageField | undefined {
  if (containers.includes(head)) return MESSAGE_FIELDS.includes(second) ? (second as MessageField) : "body";
  return MESSAGE_FIELDS.includes(head) ? (head as MessageField) : undefined;
}
