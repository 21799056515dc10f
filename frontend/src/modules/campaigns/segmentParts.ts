// The segment picker and editor the builder uses, from the segments module (the one place to change
// should the builder take them from elsewhere).
export { conditionWords, segmentName, SegmentEditor, SegmentPicker } from "@/modules/segments";
