import { describe, expect, it } from "vitest";
import { repositoryMediaPath, resolvingGetAsset } from "../../src/cms/media-assets.ts";

describe("media paths the admin asks Decap for", () => {
  it("maps a public media path to the file in the repository, and nothing else", () => {
    expect(repositoryMediaPath("/media/berita/rapat.jpg")).toBe("content/media/berita/rapat.jpg");
    expect(repositoryMediaPath("/media/galeri/a b.jpg?x=1")).toBe("content/media/galeri/a b.jpg");
    expect(repositoryMediaPath("/media/../.git/config")).toBeUndefined();
    expect(repositoryMediaPath("/img/abc-960.jpg")).toBeUndefined();
    expect(repositoryMediaPath("https://example.org/media/a.jpg")).toBeUndefined();
    expect(repositoryMediaPath(undefined)).toBeUndefined();
  });

  it("asks Decap with the repository path, and falls back to the public URL when Decap could not load it", () => {
    const asked: string[] = [];
    // Decap's getAsset answers with an asset whose string is a blob URL, or (after a failed load) the path itself.
    const getAsset = (path: string) => {
      asked.push(path);
      return { toString: () => (path === "content/media/berita/rapat.jpg" ? "blob:x" : path) };
    };
    const resolve = resolvingGetAsset(getAsset);
    expect(resolvingGetAsset(getAsset)).toBe(resolve);
    expect(String(resolve("/media/berita/rapat.jpg"))).toBe("blob:x");
    expect(String(resolve("/media/site/logo.png"))).toBe("/media/site/logo.png");
    expect(String(resolve("https://example.org/a.jpg"))).toBe("https://example.org/a.jpg");
    expect(asked).toEqual([
      "content/media/berita/rapat.jpg",
      "content/media/site/logo.png",
      "/media/site/logo.png",
      "https://example.org/a.jpg",
    ]);
  });
});
