/** The image encoder's child process (image-encoder.ts): encodes what it is sent, until the build disconnects. */
import Image from "@11ty/eleventy-img";
import type { EncodeReply, EncodeRequest } from "./image-encoder.ts";

const send = (reply: EncodeReply) => process.send?.(reply);

process.on("message", async ({ id, file, options }: EncodeRequest) => {
  try {
    send({ id, metadata: await Image(file, options) });
  } catch (error) {
    send({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
process.on("disconnect", () => process.exit(0));
