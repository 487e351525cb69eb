// The few parts of untyped packages the site uses.

declare module "@11ty/eleventy-img" {
  interface ImageStat {
    format: string;
    width: number;
    height: number;
    url: string;
    sourceType: string;
    srcset: string;
    filename: string;
    outputPath: string;
    size?: number;
  }
  type ImageMetadata = Record<string, ImageStat[]>;
  interface ImageOptions {
    widths?: (number | "auto" | null)[];
    formats?: (string | null)[];
    urlPath?: string;
    outputDir?: string;
    sharpAvifOptions?: Record<string, unknown>;
    sharpWebpOptions?: Record<string, unknown>;
    sharpJpegOptions?: Record<string, unknown>;
    sharpPngOptions?: Record<string, unknown>;
    fixOrientation?: boolean;
    [key: string]: unknown;
  }
  function Image(src: string, options?: ImageOptions): Promise<ImageMetadata>;
  namespace Image {
    let concurrency: number;
  }
  export default Image;
  export type { ImageMetadata, ImageOptions, ImageStat };
}

declare module "@11ty/eleventy" {
  interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Eleventy 3 ships no types for its config API
    config?: (eleventyConfig: any) => void | Promise<void>;
    runMode?: "build" | "serve" | "watch";
  }
  export class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    disableLogger(): void;
    toJSON(): Promise<{ url: string; inputPath: string; outputPath: string; content: string }[]>;
  }
}
