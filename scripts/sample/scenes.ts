/**
 * Illustrations for the sample content, drawn as SVG from a seed: simple flat scenes
 * (a meeting, a training, a village with a tower…) with a label naming the scene.
 * Nothing is downloaded; the same seed always gives the same picture.
 */
import { r1, random, type Random } from "./random.ts";

export const SCENES = [
  "meeting",
  "training",
  "ceremony",
  "award",
  "village",
  "dashboard",
  "server",
  "office",
  "flood",
  "outreach",
] as const;
export type Scene = (typeof SCENES)[number];

export interface Palette {
  sky: [string, string];
  wall: [string, string];
  floor: string;
  accent: string;
  accent2: string;
  cloth: readonly string[];
}

/** One palette per division, so a division's pictures look related. */
export const PALETTES: Record<string, Palette> = {
  sekretariat: {
    sky: ["#9fd3e6", "#e8f4ec"],
    wall: ["#efe6d2", "#d9ccb0"],
    floor: "#8a6f4e",
    accent: "#1f7a4d",
    accent2: "#d9a521",
    cloth: ["#2f5d8a", "#7a2f3b", "#3c6e47", "#5b4a8a", "#c77d2e", "#41505e"],
  },
  ikp: {
    sky: ["#7cc4e4", "#fdf0d5"],
    wall: ["#e9eef2", "#c9d6df"],
    floor: "#6d5a4a",
    accent: "#0f7c8c",
    accent2: "#f08a24",
    cloth: ["#0f7c8c", "#c0392b", "#2c3e50", "#8e44ad", "#d35400", "#27ae60"],
  },
  aptika: {
    sky: ["#6fb1f2", "#e3f1ff"],
    wall: ["#e6ecf5", "#c3cfe2"],
    floor: "#4e5d73",
    accent: "#1f5fbf",
    accent2: "#2ec4b6",
    cloth: ["#1f5fbf", "#2d3436", "#6c5ce7", "#00897b", "#e17055", "#546e7a"],
  },
  statistik: {
    sky: ["#b39ddb", "#f3e5f5"],
    wall: ["#f1ecf7", "#d6cbe6"],
    floor: "#5d4a6e",
    accent: "#6a3fb5",
    accent2: "#ffb300",
    cloth: ["#6a3fb5", "#37474f", "#00838f", "#ad1457", "#f9a825", "#558b2f"],
  },
  persandian: {
    sky: ["#37474f", "#90a4ae"],
    wall: ["#1c2833", "#0b1118"],
    floor: "#151c24",
    accent: "#26a69a",
    accent2: "#ffca28",
    cloth: ["#263238", "#00695c", "#455a64", "#1565c0", "#6d4c41", "#37474f"],
  },
};

const SKIN = ["#f1c9a5", "#e0ac84", "#c68e63", "#a86f48", "#8d5a3b"] as const;
const HAIR = ["#1b1b1b", "#2b1d14", "#3b2a20", "#111111"] as const;

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function shade(hex: string, amount: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const ch = (shift: number) => {
    const c = (n >> shift) & 0xff;
    const v = amount >= 0 ? c + (255 - c) * amount : c * (1 + amount);
    return Math.max(0, Math.min(255, Math.round(v)))
      .toString(16)
      .padStart(2, "0");
  };
  return `#${ch(16)}${ch(8)}${ch(0)}`;
}

/** A person from the waist up; `back` shows the back of the head (audience seen from behind). */
function person(rng: Random, x: number, y: number, s: number, cloth: string, back = false, headscarf = false): string {
  const skin = rng.pick(SKIN);
  const hair = rng.pick(HAIR);
  const body = `<path d="M${r1(x - 62 * s)},${r1(y + 170 * s)} Q${r1(x - 64 * s)},${r1(y + 48 * s)} ${r1(x)},${r1(y + 44 * s)} Q${r1(x + 64 * s)},${r1(y + 48 * s)} ${r1(x + 62 * s)},${r1(y + 170 * s)} Z" fill="${cloth}"/>`;
  if (headscarf) {
    const scarf = rng.pick(["#e57373", "#4db6ac", "#9575cd", "#f0b27a", "#5d6d7e", "#f5f5f5"]);
    const face = back
      ? ""
      : `<ellipse cx="${r1(x)}" cy="${r1(y + 4 * s)}" rx="${r1(22 * s)}" ry="${r1(27 * s)}" fill="${skin}"/>`;
    return `${body}<path d="M${r1(x - 40 * s)},${r1(y + 70 * s)} Q${r1(x - 46 * s)},${r1(y - 44 * s)} ${r1(x)},${r1(y - 42 * s)} Q${r1(x + 46 * s)},${r1(y - 44 * s)} ${r1(x + 40 * s)},${r1(y + 70 * s)} Z" fill="${scarf}"/>${face}`;
  }
  const head = back
    ? `<circle cx="${r1(x)}" cy="${r1(y)}" r="${r1(34 * s)}" fill="${hair}"/>`
    : `<circle cx="${r1(x)}" cy="${r1(y)}" r="${r1(32 * s)}" fill="${skin}"/><path d="M${r1(x - 33 * s)},${r1(y - 4 * s)} Q${r1(x)},${r1(y - 52 * s)} ${r1(x + 33 * s)},${r1(y - 4 * s)} Q${r1(x)},${r1(y - 22 * s)} ${r1(x - 33 * s)},${r1(y - 4 * s)} Z" fill="${hair}"/>`;
  return `${body}<rect x="${r1(x - 11 * s)}" y="${r1(y + 22 * s)}" width="${r1(22 * s)}" height="${r1(26 * s)}" fill="${skin}"/>${head}`;
}

function crowd(
  rng: Random,
  p: Palette,
  count: number,
  y: number,
  s: number,
  left: number,
  right: number,
  back: boolean,
): string {
  let out = "";
  const step = (right - left) / Math.max(1, count - 1);
  for (let i = 0; i < count; i++) {
    const x = left + step * i + rng.between(-18, 18);
    out += person(
      rng,
      x,
      y + rng.between(-10, 10),
      s * rng.between(0.92, 1.06),
      rng.pick(p.cloth),
      back,
      rng.next() < 0.35,
    );
  }
  return out;
}

function wallAndFloor(p: Palette, floorY: number): string {
  return `<rect width="1600" height="${floorY}" fill="url(#wall)"/><rect y="${floorY}" width="1600" height="${1000 - floorY}" fill="${p.floor}"/>`;
}

function screen(rng: Random, p: Palette, x: number, y: number, w: number, h: number): string {
  let bars = "";
  const n = 6;
  for (let i = 0; i < n; i++) {
    const bh = rng.between(0.2, 0.75) * h;
    bars += `<rect x="${r1(x + 40 + i * ((w - 80) / n))}" y="${r1(y + h - 30 - bh)}" width="${r1((w - 80) / n - 14)}" height="${r1(bh)}" fill="${i % 2 ? p.accent2 : p.accent}" opacity="0.85"/>`;
  }
  return `<rect x="${x - 12}" y="${y - 12}" width="${w + 24}" height="${h + 24}" rx="8" fill="#2b2f36"/><rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#f7fafc"/><rect x="${x + 40}" y="${y + 24}" width="${r1(w * 0.45)}" height="16" rx="6" fill="${p.accent}"/>${bars}`;
}

type Draw = (rng: Random, p: Palette) => string;

const draw: Record<Scene, Draw> = {
  meeting(rng, p) {
    let out = wallAndFloor(p, 640) + screen(rng, p, 560, 90, 480, 280);
    out += crowd(rng, p, 6, 470, 1, 330, 1270, false);
    out += `<polygon points="260,620 1340,620 1500,880 100,880" fill="#8d6748"/><polygon points="260,620 1340,620 1352,640 248,640" fill="#a87f5c"/>`;
    for (let i = 0; i < 6; i++) {
      const x = 330 + i * 188 + rng.between(-10, 10);
      out +=
        rng.next() < 0.5
          ? `<rect x="${r1(x - 50)}" y="680" width="100" height="62" rx="4" fill="#cfd8dc"/><rect x="${r1(x - 46)}" y="684" width="92" height="54" fill="${shade(p.accent, 0.5)}"/>`
          : `<rect x="${r1(x - 40)}" y="690" width="80" height="56" fill="#fafafa" transform="rotate(${r1(rng.between(-8, 8))} ${r1(x)} 718)"/>`;
    }
    out += crowd(rng, p, 3, 880, 1.45, 300, 1300, true);
    return out;
  },
  training(rng, p) {
    let out = wallAndFloor(p, 560) + screen(rng, p, 420, 70, 760, 380);
    out +=
      person(rng, 1330, 330, 1.2, p.accent) + `<rect x="1262" y="530" width="136" height="40" fill="${p.accent}"/>`;
    out += crowd(rng, p, 7, 610, 0.85, 160, 1440, true);
    out += crowd(rng, p, 6, 740, 1.1, 120, 1480, true);
    out += crowd(rng, p, 5, 880, 1.4, 160, 1440, true);
    return out;
  },
  ceremony(rng, p) {
    let out = wallAndFloor(p, 600);
    out += `<rect x="180" y="60" width="1240" height="420" rx="10" fill="url(#accent)"/><circle cx="330" cy="270" r="110" fill="none" stroke="#fff" stroke-width="14" opacity="0.8"/><rect x="500" y="200" width="760" height="34" rx="12" fill="#fff" opacity="0.85"/><rect x="500" y="270" width="560" height="24" rx="10" fill="#fff" opacity="0.6"/>`;
    out += crowd(rng, p, 4, 380, 1.25, 480, 1120, false);
    out += `<rect x="100" y="560" width="1400" height="90" fill="${shade(p.floor, 0.2)}"/><rect x="100" y="560" width="1400" height="14" fill="${p.accent2}"/>`;
    for (let i = 0; i < 40; i++) {
      const x = r1(rng.between(120, 1480));
      const y = r1(rng.between(40, 520));
      out += `<rect x="${x}" y="${y}" width="14" height="8" fill="${rng.pick([p.accent2, "#ffffff", p.accent, "#e74c3c"])}" transform="rotate(${r1(rng.between(0, 90))} ${x} ${y})" opacity="0.9"/>`;
    }
    out += crowd(rng, p, 6, 840, 1.5, 120, 1480, true);
    return out;
  },
  award(rng, p) {
    let out = wallAndFloor(p, 620);
    out += `<polygon points="800,0 560,620 1040,620" fill="#ffffff" opacity="0.18"/>`;
    out += crowd(rng, p, 2, 330, 1.35, 560, 1040, false);
    out += `<g transform="translate(800 470)"><path d="M-70,-90 L70,-90 Q70,10 0,30 Q-70,10 -70,-90 Z" fill="${p.accent2}"/><rect x="-14" y="28" width="28" height="50" fill="${p.accent2}"/><rect x="-60" y="76" width="120" height="26" rx="4" fill="${shade(p.accent2, -0.3)}"/><path d="M-70,-70 Q-120,-60 -80,-10" stroke="${p.accent2}" stroke-width="12" fill="none"/><path d="M70,-70 Q120,-60 80,-10" stroke="${p.accent2}" stroke-width="12" fill="none"/></g>`;
    out += `<rect x="420" y="600" width="760" height="120" fill="${p.accent}"/><rect x="420" y="600" width="760" height="14" fill="${p.accent2}"/>`;
    out += crowd(rng, p, 5, 860, 1.45, 160, 1440, true);
    return out;
  },
  village(rng, p) {
    let out = `<rect width="1600" height="1000" fill="url(#sky)"/><circle cx="${r1(rng.between(1150, 1400))}" cy="170" r="80" fill="#fff3c4"/>`;
    for (let i = 0; i < 3; i++) {
      const cx = rng.between(150, 1000);
      const cy = rng.between(90, 220);
      out += `<g fill="#ffffff" opacity="0.85"><ellipse cx="${r1(cx)}" cy="${r1(cy)}" rx="90" ry="34"/><ellipse cx="${r1(cx + 60)}" cy="${r1(cy - 18)}" rx="60" ry="34"/></g>`;
    }
    const greens = ["#6fae5f", "#4f9a4f", "#3b7f44"];
    greens.forEach((g, i) => {
      const base = 520 + i * 130;
      const a = rng.between(-80, 80);
      const b = rng.between(-80, 80);
      out += `<path d="M0,${r1(base + a)} C400,${r1(base - 140 + b)} 900,${r1(base + 120 - a)} 1600,${r1(base - 60 + b)} L1600,1000 L0,1000 Z" fill="${g}"/>`;
    });
    out += `<path d="M560,1000 C700,860 760,800 980,700" stroke="#c9b38a" stroke-width="46" fill="none"/>`;
    for (let i = 0; i < 7; i++) {
      const x = rng.between(80, 1450);
      const y = rng.between(640, 860);
      const w = rng.between(70, 110);
      out += `<rect x="${r1(x)}" y="${r1(y)}" width="${r1(w)}" height="${r1(w * 0.6)}" fill="#f5ebe0"/><polygon points="${r1(x - 10)},${r1(y)} ${r1(x + w / 2)},${r1(y - w * 0.45)} ${r1(x + w + 10)},${r1(y)}" fill="${rng.pick(["#b5523b", "#8d3b2a", "#a0522d"])}"/><rect x="${r1(x + w * 0.4)}" y="${r1(y + w * 0.25)}" width="${r1(w * 0.2)}" height="${r1(w * 0.35)}" fill="#6d4c41"/>`;
    }
    const tx = 1120;
    out += `<g stroke="#5f6b75" stroke-width="8" fill="none"><path d="M${tx - 60},700 L${tx},180 L${tx + 60},700"/><path d="M${tx - 45},580 L${tx + 45},580 M${tx - 30},450 L${tx + 30},450 M${tx - 16},320 L${tx + 16},320 M${tx - 45},580 L${tx + 30},450 M${tx + 45},580 L${tx - 30},450"/></g>`;
    for (let k = 1; k <= 3; k++) {
      out += `<path d="M${tx - 40 * k},${200 - 30 * k} A${50 * k},${50 * k} 0 0 1 ${tx + 40 * k},${200 - 30 * k}" stroke="${p.accent}" stroke-width="10" fill="none" opacity="${1 - k * 0.22}"/>`;
    }
    return out;
  },
  dashboard(rng, p) {
    let out = `<rect width="1600" height="1000" fill="#1d2433"/>`;
    const panel = (x: number, y: number, w: number, h: number) =>
      `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="18" fill="#273043"/>`;
    out +=
      panel(60, 60, 700, 420) +
      panel(800, 60, 740, 420) +
      panel(60, 520, 460, 340) +
      panel(560, 520, 460, 340) +
      panel(1060, 520, 480, 340);
    for (let i = 0; i < 9; i++) {
      const h = rng.between(60, 300);
      out += `<rect x="${110 + i * 70}" y="${r1(440 - h)}" width="44" height="${r1(h)}" rx="6" fill="${i % 3 === 2 ? p.accent2 : p.accent}"/>`;
    }
    let pts = "";
    for (let i = 0; i <= 10; i++) pts += `${860 + i * 62},${r1(rng.between(130, 420))} `;
    out += `<polyline points="${pts.trim()}" fill="none" stroke="${p.accent2}" stroke-width="8" stroke-linejoin="round"/>`;
    const share = rng.between(0.45, 0.85);
    const c = 2 * Math.PI * 100;
    out += `<circle cx="290" cy="690" r="100" fill="none" stroke="#3a4459" stroke-width="44"/><circle cx="290" cy="690" r="100" fill="none" stroke="${p.accent}" stroke-width="44" stroke-dasharray="${r1(c * share)} ${r1(c)}" transform="rotate(-90 290 690)"/>`;
    for (let i = 0; i < 4; i++) {
      out += `<rect x="610" y="${570 + i * 70}" width="${r1(rng.between(160, 360))}" height="30" rx="8" fill="${i === 0 ? p.accent2 : "#4a5670"}"/>`;
      out += `<rect x="1110" y="${570 + i * 70}" width="${r1(rng.between(120, 380))}" height="30" rx="8" fill="${i % 2 ? p.accent : "#4a5670"}"/>`;
    }
    return out;
  },
  server(rng, p) {
    let out = wallAndFloor(p, 820);
    for (let i = 0; i < 5; i++) {
      const x = 90 + i * 210;
      out += `<rect x="${x}" y="120" width="170" height="700" rx="8" fill="#2a3440"/>`;
      for (let j = 0; j < 14; j++) {
        const y = 150 + j * 46;
        out += `<rect x="${x + 14}" y="${y}" width="142" height="34" rx="3" fill="#36424f"/>`;
        for (let k = 0; k < 3; k++) {
          if (rng.next() < 0.7)
            out += `<circle cx="${x + 120 + k * 12}" cy="${y + 17}" r="4" fill="${rng.pick([p.accent, p.accent2, "#66bb6a", "#ef5350"])}"/>`;
        }
      }
    }
    out += `<g transform="translate(1300 470)"><circle r="230" fill="${p.accent}" opacity="0.15"/><path d="M0,-170 L140,-120 Q140,90 0,170 Q-140,90 -140,-120 Z" fill="${p.accent}"/><rect x="-55" y="-20" width="110" height="90" rx="12" fill="#ffffff"/><path d="M-35,-20 L-35,-55 Q0,-100 35,-55 L35,-20" stroke="#ffffff" stroke-width="16" fill="none"/><circle cy="20" r="14" fill="${p.accent}"/></g>`;
    return out;
  },
  office(rng, p) {
    let out = `<rect width="1600" height="1000" fill="url(#sky)"/><rect y="760" width="1600" height="240" fill="#6fae5f"/>`;
    out += `<rect x="330" y="330" width="940" height="440" fill="#f4f1ea"/><polygon points="290,340 800,150 1310,340" fill="${p.accent}"/><rect x="300" y="330" width="1000" height="26" fill="${shade(p.accent, -0.2)}"/>`;
    for (let i = 0; i < 8; i++)
      out += `<rect x="${380 + i * 118}" y="370" width="36" height="390" fill="#ffffff" stroke="#d7d2c7" stroke-width="4"/>`;
    out += `<rect x="720" y="560" width="160" height="210" fill="#6d4c41"/><rect x="300" y="770" width="1000" height="22" fill="#d7d2c7"/><rect x="260" y="792" width="1080" height="22" fill="#c9c3b6"/>`;
    out += `<rect x="170" y="300" width="10" height="480" fill="#9e9e9e"/><rect x="180" y="305" width="130" height="42" fill="#d32f2f"/><rect x="180" y="347" width="130" height="42" fill="#fafafa"/>`;
    for (let i = 0; i < 6; i++) {
      const x = i < 3 ? rng.between(40, 250) : rng.between(1350, 1560);
      const y = rng.between(690, 760);
      out += `<rect x="${r1(x - 8)}" y="${r1(y)}" width="16" height="90" fill="#6d4c41"/><circle cx="${r1(x)}" cy="${r1(y - 20)}" r="${r1(rng.between(50, 80))}" fill="${rng.pick(["#2e7d32", "#388e3c", "#43a047"])}"/>`;
    }
    return out;
  },
  flood(rng, p) {
    let out = `<rect width="1600" height="1000" fill="url(#sky)"/>`;
    out += `<path d="M0,520 C300,260 600,240 900,470 L900,1000 L0,1000 Z" fill="#4e7d4a"/><path d="M420,330 C470,420 520,520 640,620 L560,640 C470,540 430,450 400,340 Z" fill="#8d6e4a"/>`;
    out += `<path d="M700,560 C1000,420 1300,440 1600,380 L1600,1000 L700,1000 Z" fill="#5d8c56"/>`;
    for (let i = 0; i < 4; i++) {
      const x = 760 + i * 190 + rng.between(-20, 20);
      out += `<rect x="${r1(x)}" y="640" width="120" height="90" fill="#efe6d8"/><polygon points="${r1(x - 12)},640 ${r1(x + 60)},590 ${r1(x + 132)},640" fill="#8d3b2a"/>`;
    }
    out += `<path d="M0,760 C300,720 600,800 900,740 C1200,690 1400,760 1600,720 L1600,1000 L0,1000 Z" fill="#7a6a4f"/>`;
    for (let i = 0; i < 5; i++) {
      const y = 790 + i * 40;
      out += `<path d="M0,${y} Q100,${y - 14} 200,${y} T400,${y} T600,${y} T800,${y} T1000,${y} T1200,${y} T1400,${y} T1600,${y}" stroke="#a8977a" stroke-width="5" fill="none" opacity="0.7"/>`;
    }
    for (let i = 0; i < 90; i++) {
      const x = rng.between(0, 1600);
      const y = rng.between(0, 760);
      out += `<line x1="${r1(x)}" y1="${r1(y)}" x2="${r1(x - 14)}" y2="${r1(y + 46)}" stroke="#dfe7ef" stroke-width="3" opacity="0.6"/>`;
    }
    out += `<g transform="translate(1330 300)"><polygon points="0,-150 150,120 -150,120" fill="${p.accent2}" stroke="#3e2723" stroke-width="12" stroke-linejoin="round"/><rect x="-13" y="-70" width="26" height="110" rx="10" fill="#3e2723"/><circle cy="78" r="16" fill="#3e2723"/></g>`;
    return out;
  },
  outreach(rng, p) {
    let out = `<rect width="1600" height="1000" fill="url(#sky)"/><rect y="620" width="1600" height="380" fill="#9ccc65"/>`;
    out += `<polygon points="220,250 1380,250 1480,400 120,400" fill="${p.accent}"/>`;
    for (let i = 0; i < 8; i++)
      out += `<polygon points="${220 + i * 145},250 ${292 + i * 145},250 ${r1(265 + i * 170)},400 ${r1(180 + i * 170)},400" fill="#ffffff" opacity="0.35"/>`;
    out += `<rect x="140" y="400" width="12" height="340" fill="#9e9e9e"/><rect x="1448" y="400" width="12" height="340" fill="#9e9e9e"/>`;
    out += crowd(rng, p, 3, 470, 1.1, 560, 1040, false);
    out += `<rect x="420" y="600" width="760" height="150" fill="#fafafa"/><rect x="420" y="600" width="760" height="40" fill="${p.accent2}"/>`;
    out += crowd(rng, p, 6, 820, 1.45, 120, 1480, false);
    for (let i = 0; i < 3; i++) {
      const x = 240 + i * 520 + rng.between(-30, 30);
      out += `<rect x="${r1(x)}" y="900" width="44" height="76" rx="8" fill="#263238"/><rect x="${r1(x + 5)}" y="906" width="34" height="58" fill="${shade(p.accent, 0.5)}"/>`;
    }
    return out;
  },
};

export interface Illustration {
  scene: Scene;
  /** Short caption drawn on the picture, naming the scene ("Rapat koordinasi"). */
  label: string;
  /** Palette name (a division id). */
  palette: string;
  /** Seed; defaults to the label, so two pictures of one scene still differ. */
  seed?: string;
}

/** The SVG of one illustration, `width`×`height` pixels (16:10 drawn on a 1600×1000 board). */
export function illustrationSvg(ill: Illustration, width: number, height: number): string {
  const p = PALETTES[ill.palette];
  if (!p) throw new Error(`unknown palette "${ill.palette}"`);
  const rng = random(`${ill.scene}|${ill.seed ?? ill.label}`);
  const defs = `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.sky[0]}"/><stop offset="1" stop-color="${p.sky[1]}"/></linearGradient><linearGradient id="wall" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.wall[0]}"/><stop offset="1" stop-color="${p.wall[1]}"/></linearGradient><linearGradient id="accent" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${p.accent}"/><stop offset="1" stop-color="${shade(p.accent, -0.35)}"/></linearGradient><linearGradient id="band" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.7"/></linearGradient></defs>`;
  const label = `<rect y="800" width="1600" height="200" fill="url(#band)"/><text x="64" y="950" font-family="sans-serif" font-size="58" font-weight="bold" fill="#ffffff">${esc(ill.label)}</text><text x="66" y="878" font-family="sans-serif" font-size="26" fill="#ffffff" opacity="0.85">Ilustrasi contoh · fiktif</text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 1600 1000" preserveAspectRatio="xMidYMid slice">${defs}${draw[ill.scene](rng, p)}${label}</svg>`;
}

/** The agency's invented emblem: a shield with a green valley, a river and a signal above it. */
export function logoSvg(size: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 512 512">
<defs><linearGradient id="shield" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#2e9d5b"/><stop offset="1" stop-color="#155c36"/></linearGradient>
<clipPath id="inside"><path d="M256,40 L440,96 Q440,330 256,472 Q72,330 72,96 Z"/></clipPath></defs>
<path d="M256,22 L458,84 Q458,344 256,494 Q54,344 54,84 Z" fill="#d9a521"/>
<path d="M256,40 L440,96 Q440,330 256,472 Q72,330 72,96 Z" fill="url(#shield)"/>
<g clip-path="url(#inside)">
<rect x="60" y="60" width="400" height="230" fill="#bfe6f2"/>
<circle cx="256" cy="250" r="56" fill="#ffe08a"/>
<path d="M60,300 Q170,190 256,280 Q350,180 460,290 L460,480 L60,480 Z" fill="#3fae67"/>
<path d="M60,350 Q180,270 256,340 Q340,280 460,340 L460,480 L60,480 Z" fill="#22804a"/>
<path d="M236,480 C240,420 300,400 262,340 C250,320 268,300 256,290 C300,320 300,360 290,390 C280,420 300,450 300,480 Z" fill="#4fb3d9"/>
</g>
<g fill="none" stroke="#ffffff" stroke-width="14" stroke-linecap="round">
<path d="M206,150 A70,70 0 0 1 306,150"/><path d="M176,120 A112,112 0 0 1 336,120" opacity="0.8"/>
</g>
<circle cx="256" cy="180" r="14" fill="#ffffff"/>
<rect x="118" y="384" width="276" height="64" rx="10" fill="#d9a521"/>
<text x="256" y="428" text-anchor="middle" font-family="sans-serif" font-size="34" font-weight="bold" fill="#103d24">LEMBAH HIJAU</text>
</svg>`;
}

/** A box of the organisation chart: the first line is the unit's name, the rest smaller. */
export type OrgUnit = readonly string[];

/** The organisation chart drawn as boxes: head on top, secretariat to the side, divisions below. */
export function orgChartSvg(
  head: OrgUnit,
  secretariat: OrgUnit,
  subunits: readonly string[],
  functional: OrgUnit,
  divisions: readonly OrgUnit[],
  width: number,
  height: number,
): string {
  const box = (x: number, y: number, w: number, h: number, lines: OrgUnit, fill: string, color = "#ffffff") => {
    const top = y + h / 2 - ((lines.length - 1) * 30) / 2 + 9;
    const text = lines
      .map(
        (line, i) =>
          `<text x="${x + w / 2}" y="${top + i * 30}" text-anchor="middle" font-family="sans-serif" font-size="${i === 0 ? 26 : 21}"${i === 0 ? ' font-weight="bold"' : ""} fill="${color}">${esc(line)}</text>`,
      )
      .join("");
    return `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="14" fill="${fill}"/>${text}`;
  };
  const colW = 1480 / divisions.length;
  let out = `<rect width="1600" height="1000" fill="#ffffff"/><g stroke="#5f6b75" stroke-width="4" fill="none">`;
  out += `<path d="M800,170 L800,560"/><path d="M800,300 L1040,300"/><path d="M800,300 L560,300"/><path d="M${60 + colW / 2},560 L${60 + colW * (divisions.length - 0.5)},560"/>`;
  divisions.forEach((_, i) => (out += `<path d="M${60 + colW * (i + 0.5)},560 L${60 + colW * (i + 0.5)},600"/>`));
  out += `</g>`;
  out += box(520, 50, 560, 120, head, "#155c36");
  out += box(1040, 240, 500, 120, secretariat, "#2e9d5b");
  subunits.forEach((u, i) => {
    out += `<rect x="1060" y="${384 + i * 52}" width="460" height="42" rx="8" fill="#e8f5ec" stroke="#2e9d5b" stroke-width="2"/><text x="1290" y="${413 + i * 52}" text-anchor="middle" font-family="sans-serif" font-size="21" fill="#155c36">${esc(u)}</text>`;
  });
  out += box(60, 240, 500, 120, functional, "#d9a521", "#103d24");
  divisions.forEach((d, i) => (out += box(72 + colW * i, 600, colW - 24, 170, d, "#1f6f8b")));
  out += `<text x="800" y="960" text-anchor="middle" font-family="sans-serif" font-size="22" fill="#5f6b75">Bagan contoh · fiktif</text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 1600 1000">${out}</svg>`;
}
