// Response and error-body schemas of both APIs. Filled in by the response schema work.
export {};
