import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import YAML from "yaml";
import {
  collections,
  dataFiles,
  berita,
  informasiPublik,
  image,
  type CollectionName,
} from "../../src/content/schema.ts";
import {
  cmsConfig,
  cmsConfigYaml,
  lengthRegex,
  OFFICE_ADMIN_ONLY,
  type CmsCollection,
  type CmsField,
} from "../../src/cms/config.ts";
import { CONFIG_FILE, expectedConfigYaml } from "../../src/cms/generate.ts";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const site = {
  repo: "dinas-contoh/situs",
  branch: "utama",
  url: "https://dinas.contoh.example",
  logo: "/media/site/logo.png",
};
const config = cmsConfig(site);

const collection = (name: string) => config.collections.find((c) => c.name === name) as CmsCollection;
const fieldIn = (fields: CmsField[] | undefined, path: string): CmsField => {
  const [head, ...rest] = path.split(".");
  const field = fields?.find((f) => f.name === head);
  if (!field) throw new Error(`no field ${path}`);
  return rest.length ? fieldIn(field.fields as CmsField[], rest.join(".")) : field;
};
const decapAccepts = (field: CmsField, value: string) => {
  // Decap: required fields must be non-empty; a pattern is tested with RegExp(pattern[0]) on non-empty
  // values — for file and image widgets on the file's base name only.
  if (value === "") return field.required === false;
  const tested = field.widget === "image" || field.widget === "file" ? value.slice(value.lastIndexOf("/") + 1) : value;
  return !field.pattern || new RegExp(field.pattern[0]).test(tested);
};

/** The schema's own view of a field: its meta widget after optional/default wrappers. */
type AnySchema = z.core.$ZodType;
function schemaWidget(schema: AnySchema): string | undefined {
  let s = schema as AnySchema & { _zod: { def: { type: string; innerType?: AnySchema } } };
  let widget = (z.globalRegistry.get(s) as { widget?: string } | undefined)?.widget;
  while (!widget && (s._zod.def.type === "optional" || s._zod.def.type === "default")) {
    s = s._zod.def.innerType as typeof s;
    widget = (z.globalRegistry.get(s) as { widget?: string } | undefined)?.widget;
  }
  return widget;
}
const shapeOf = (schema: AnySchema) => {
  const def = (schema as unknown as { _zod: { def: { shape?: Record<string, AnySchema>; in?: AnySchema } } })._zod.def;
  return def.shape as Record<string, AnySchema>;
};

describe("cmsConfig", () => {
  it("uses the editorial workflow on GitHub with the site's repo and branch, in Indonesian", () => {
    expect(config.publish_mode).toBe("editorial_workflow");
    expect(config.backend).toMatchObject({ name: "github", repo: "dinas-contoh/situs", branch: "utama" });
    expect(config.locale).toBe("id");
    expect(config.local_backend).toEqual({ url: "http://127.0.0.1:8081/api/v1" });
    expect(cmsConfig(site, { localBackendUrl: "http://127.0.0.1:5555/api/v1" }).local_backend).toEqual({
      url: "http://127.0.0.1:5555/api/v1",
    });
    expect(config.slug).toEqual({ encoding: "ascii", clean_accents: true, sanitize_replacement: "-" });
  });

  it("sends the GitHub login to the site's own OAuth endpoint (npm run auth), split as Decap reads it", () => {
    // Decap opens `${base_url}/${auth_endpoint}` and accepts the popup's messages only from the
    // origin `base_url` (NetlifyAuthenticator, decap-cms-lib-auth): base_url is an origin only.
    const withAuth = cmsConfig({ ...site, authUrl: "https://dinas.contoh.example/oauth/auth" });
    expect(withAuth.backend).toMatchObject({ base_url: "https://dinas.contoh.example", auth_endpoint: "oauth/auth" });
    expect(cmsConfig({ ...site, authUrl: "https://masuk.dinas.contoh.example/auth" }).backend).toMatchObject({
      base_url: "https://masuk.dinas.contoh.example",
      auth_endpoint: "auth",
    });
    expect(config.backend).not.toHaveProperty("base_url");
    expect(config.backend).not.toHaveProperty("api_root");
    const test = cmsConfig(site, { githubApiRoot: "http://127.0.0.1:4567", noLocalBackend: true });
    expect(test.backend.api_root).toBe("http://127.0.0.1:4567");
    expect(test).not.toHaveProperty("local_backend");
  });

  it("has every field of every collection, with the schema's widget", () => {
    for (const name of Object.keys(collections) as CollectionName[]) {
      const fields = collection(name).fields!;
      const shape = shapeOf(collections[name].schema);
      expect(fields.map((f) => f.name)).toEqual([...Object.keys(shape), "body"]);
      for (const [key, schema] of Object.entries(shape)) {
        expect(fieldIn(fields, key).widget, `${name}.${key}`).toBe(schemaWidget(schema) ?? "string");
      }
      expect(fieldIn(fields, "body").widget).toBe("markdown");
    }
  });

  it("has every data file as a file of the data collection, with the schema's widgets", () => {
    const data = collection("data");
    expect(data.files!.map((f) => [f.name, f.file])).toEqual(
      Object.keys(dataFiles)
        .filter((name) => name !== "team")
        .map((name) => [name, `content/_data/${name}.yml`]),
    );
    for (const file of data.files!) {
      const shape = shapeOf(dataFiles[file.name as keyof typeof dataFiles].schema);
      const officeOnly = OFFICE_ADMIN_ONLY[file.name as keyof typeof dataFiles] ?? [];
      expect(file.fields.map((f) => f.name)).toEqual(Object.keys(shape).filter((key) => !officeOnly.includes(key)));
      for (const [key, schema] of Object.entries(shape).filter(([key]) => !officeOnly.includes(key))) {
        expect(fieldIn(file.fields, key).widget, `${file.name}.${key}`).toBe(schemaWidget(schema) ?? "string");
      }
    }
  });

  it("puts news in content/berita with a dated ASCII slug and its own media folder", () => {
    const news = collection("berita");
    expect(news).toMatchObject({
      folder: "content/berita",
      slug: "{{year}}-{{month}}-{{day}}-{{slug}}",
      media_folder: "/content/media/berita",
      public_folder: "/media/berita",
      create: true,
    });
    expect(collection("pengumuman").slug).toBe("{{slug}}");
    expect(news.summary).toContain("{{title}}");
    // A division is stored by code: summaries and group headings (which cannot look up its name) leave it out.
    expect(JSON.stringify(config.collections.map((c) => [c.summary, c.view_groups]))).not.toContain("division");
    expect(collection("informasi-publik").view_filters).toContainEqual({
      label: "Kategori: berkala",
      field: "category",
      pattern: "^berkala$",
    });
  });

  it("makes every image an image widget plus a required alt text with the schema's Indonesian message", () => {
    const cover = fieldIn(collection("berita").fields, "cover");
    expect(cover.widget).toBe("object");
    const src = fieldIn(cover.fields as CmsField[], "src");
    const alt = fieldIn(cover.fields as CmsField[], "alt");
    expect(src).toMatchObject({
      widget: "image",
      required: true,
      choose_url: false,
      media_library: { config: { max_file_size: 10 * 1024 * 1024 } },
    });
    expect(alt.required).toBe(true);
    expect(alt.pattern![1]).toMatch(/^Teks alternatif \(alt\) wajib diisi: jelaskan isi gambar/);
    for (const value of ["", "ab", "   ab   ", "Foto", "Peserta pelatihan di aula", "x".repeat(251)]) {
      expect(decapAccepts(alt, value), JSON.stringify(value)).toBe(image.shape.alt.safeParse(value).success);
    }
    // Decap writes `public_folder` + the name, so a value always starts with /media/berita/.
    for (const value of [
      "/media/berita/foto.jpg",
      "/media/berita/FOTO.JPG",
      "/media/berita/laporan.pdf",
      "/media/berita/ruang kosong.png",
      "/media/berita/foto-kegiatan-uji-mwuwoj95xnf.jpg",
      "/media/berita/peta.svg",
    ]) {
      expect(decapAccepts(src, value), value).toBe(image.shape.src.safeParse(value).success);
    }
    // Every image in every list has the same pair.
    const gallery = fieldIn(collection("galeri").fields, "photos");
    expect(gallery).toMatchObject({ widget: "list", required: true, min: 1, label_singular: "Gambar" });
    expect(fieldIn(gallery.fields as CmsField[], "alt").required).toBe(true);
  });

  it("turns length and format checks into patterns that agree with the schema", () => {
    const title = fieldIn(collection("berita").fields, "title");
    expect(title.pattern![1]).toBe("Judul minimal 5 dan maksimal 150 karakter");
    for (const value of ["Rapat", "Rap", "  Rapat  ", "     ", "a".repeat(150), "a".repeat(151), "Judul\ndua baris"]) {
      expect(decapAccepts(title, value), JSON.stringify(value)).toBe(berita.shape.title.safeParse(value).success);
    }
    const date = fieldIn(collection("berita").fields, "date");
    expect(date).toMatchObject({ widget: "datetime", format: "YYYY-MM-DDTHH:mm", default: "{{now}}" });
    for (const value of ["2026-11-03T09:00", "2026-11-03", "03-11-2026", "2026-11-03T9:00"]) {
      expect(decapAccepts(date, value), value).toBe(berita.shape.date.safeParse(value).success);
    }
    const email = fieldIn(collection("data").files!.find((f) => f.name === "site")!.fields, "email");
    expect(decapAccepts(email, "humas@dinas.example")).toBe(true);
    expect(decapAccepts(email, "humas@")).toBe(false);
    expect(email.pattern![1]).toBe("Alamat surel tidak valid");
    // Social links and the login address are https:// only (they reach the public footer and the
    // login popup): the editor hears it in Decap, not first from the pull request's check.
    const siteFields = collection("data").files!.find((f) => f.name === "site")!.fields;
    const facebook = fieldIn(siteFields, "social.facebook");
    const facebookSchema = dataFiles.site.schema.shape.social.unwrap().shape.facebook;
    for (const value of [
      "https://www.facebook.com/dinas",
      "http://www.facebook.com/dinas",
      "javascript:alert(1)//x.y",
      "data:text/html,x.y",
    ]) {
      expect(decapAccepts(facebook, value), value).toBe(facebookSchema.safeParse(value).success);
    }
    // The site address takes http:// only to this computer (a local preview), in Decap as in the check.
    const siteUrl = fieldIn(siteFields, "url");
    for (const value of [
      "https://dinas.contoh.example",
      "http://dinas.contoh.example",
      "http://127.0.0.1:8080",
      "http://127.0.0.1.evil.example",
    ]) {
      expect(decapAccepts(siteUrl, value), value).toBe(dataFiles.site.schema.shape.url.safeParse(value).success);
    }
    expect(new RegExp(`^${lengthRegex(3, 5, true)}`).test(" abc ")).toBe(true);
    expect(new RegExp(`^${lengthRegex(3, 5, true)}`).test(" ab ")).toBe(false);
  });

  it("relates divisions to the divisions data file and lists DIP categories as options", () => {
    expect(fieldIn(collection("berita").fields, "division")).toMatchObject({
      widget: "relation",
      collection: "data",
      file: "divisions",
      value_field: "items.*.id",
      display_fields: ["items.*.name"],
    });
    const category = fieldIn(collection("informasi-publik").fields, "category");
    expect(category.widget).toBe("select");
    expect((category.options as { value: string }[]).map((o) => o.value)).toEqual(
      informasiPublik.shape.category.options,
    );
    const form = fieldIn(collection("informasi-publik").fields, "form");
    expect(form).toMatchObject({ widget: "select", multiple: true, min: 1 });
  });

  it("keeps the repository, branch, server, login endpoint and the decree team (GitHub accounts) away from editors", () => {
    const data = collection("data");
    expect(data.files!.map((f) => f.name)).not.toContain("team");
    const settings = data.files!.find((f) => f.name === "site")!;
    for (const key of ["repo", "branch", "deploy", "authUrl"])
      expect(settings.fields.map((f) => f.name)).not.toContain(key);
    expect(JSON.stringify(data)).not.toMatch(/github|ssh:\/\//i);
  });

  it("keeps optional objects optional all the way down (Decap validates children of empty objects)", () => {
    const video = fieldIn(collection("berita").fields, "video");
    expect(video.required).toBe(false);
    expect((video.fields as CmsField[]).every((f) => f.required === false)).toBe(true);
    expect(fieldIn(collection("berita").fields, "draft")).toMatchObject({
      widget: "boolean",
      required: false,
      default: false,
    });
  });

  it("stops the recursive menu after one submenu level", () => {
    const items = fieldIn(collection("data").files!.find((f) => f.name === "menu")!.fields, "items");
    const children = fieldIn(items.fields as CmsField[], "children");
    expect(children.widget).toBe("list");
    expect((children.fields as CmsField[]).map((f) => f.name)).toEqual(["label", "url"]);
  });

  it("writes YAML that parses back to the same object", () => {
    expect(YAML.parse(cmsConfigYaml(config))).toEqual(JSON.parse(JSON.stringify(config)));
  });
});

describe(CONFIG_FILE, () => {
  it("is exactly what `npm run cms:config` generates (never hand-edited)", async () => {
    const committed = await readFile(`${repoRoot}${CONFIG_FILE}`, "utf8");
    expect(committed).toBe(await expectedConfigYaml(repoRoot));
  });
});
