/**
 * A video without a third-party request until the reader asks for it. YouTube: a local poster
 * (the entry's own image, or a drawn placeholder — never a YouTube thumbnail) linking to the video;
 * `/assets/video.js` swaps it for a youtube-nocookie.com player on click. MP4: a native player
 * that loads nothing before play.
 */
import { safeLink } from "../../content/urls.ts";
import type { VideoView } from "../view.ts";
import { Picture } from "./Picture.tsx";

export const VIDEO_SIZES = "(min-width: 48rem) 46rem, 100vw";

export function VideoEmbed({ video }: { video: VideoView }) {
  if (video.kind === "mp4") {
    return (
      <figure class="video">
        <video
          controls
          preload="none"
          poster={video.poster.src}
          width={video.poster.width}
          height={video.poster.height}
        >
          <source src={video.src} type="video/mp4" />
          <a href={video.src}>Unduh video: {video.title}</a>
        </video>
        <figcaption>{video.title}</figcaption>
      </figure>
    );
  }
  return (
    <figure class="video">
      <a class="video-poster" href={safeLink(video.url)} data-youtube={video.id} data-title={video.title}>
        {video.poster ? (
          <Picture image={{ ...video.poster, alt: "" }} sizes={VIDEO_SIZES} />
        ) : (
          <span class="video-placeholder" aria-hidden="true">
            {video.title}
          </span>
        )}
        <span class="video-play" aria-hidden="true" />
        <span class="visually-hidden">Putar video “{video.title}” (YouTube)</span>
      </a>
      <figcaption>
        {video.title}.{" "}
        <span class="meta">Video dari YouTube; tidak ada data yang dikirim ke YouTube sebelum Anda memutarnya.</span>
      </figcaption>
    </figure>
  );
}
