#!/usr/bin/env bash
# Generates the short tutorial clips of mock/modules/media/files once (they are committed): one slide per step
# with the step text burned in and a quiet tone, H.264 + AAC in MP4 (what WeChat's Video plays),
# plus a JPEG poster. The step lengths here must match STEP_CLIPS in mock/modules/media/clips.ts.
set -euo pipefail
cd "$(dirname "$0")/../mock/modules/media/files"
FONT=/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc
LABELS=('了解条件与材料' '线上填写与上传' '提交与进度查询' '领取结果' '常见问题')
COLORS=('0x0b57d0' '0x0a7a3d' '0x8a4b00' '0x6b2fa0' '0x9b1c31')

make_clip() {
  local steps=$1 seconds=$2 name="steps-$1"
  local inputs=() filters='' concat=''
  for ((i = 0; i < steps; i++)); do
    inputs+=(-f lavfi -i "color=c=${COLORS[$i]}:s=640x360:r=10:d=${seconds}")
    inputs+=(-f lavfi -i "sine=frequency=$((330 + 110 * i)):sample_rate=44100:duration=${seconds}")
    filters+="[$((2 * i)):v]drawtext=fontfile=${FONT}:text='青山区政务服务 · 视频讲解':fontcolor=white:fontsize=26:x=(w-tw)/2:y=60,"
    filters+="drawtext=fontfile=${FONT}:text='第 $((i + 1)) 步（共 ${steps} 步）':fontcolor=white:fontsize=44:x=(w-tw)/2:y=140,"
    filters+="drawtext=fontfile=${FONT}:text='${LABELS[$i]}':fontcolor=white:fontsize=36:x=(w-tw)/2:y=220[v$i];"
    filters+="[$((2 * i + 1)):a]volume=0.08[a$i];"
    concat+="[v$i][a$i]"
  done
  ffmpeg -y -loglevel error "${inputs[@]}" \
    -filter_complex "${filters}${concat}concat=n=${steps}:v=1:a=1[v][a]" \
    -map '[v]' -map '[a]' -c:v libx264 -profile:v main -pix_fmt yuv420p -crf 36 -tune stillimage -g 20 -force_key_frames "expr:eq(mod(n,60),0)" \
    -c:a aac -b:a 24k -ac 1 -movflags +faststart "${name}.mp4"
  ffmpeg -y -loglevel error -ss 0.5 -i "${name}.mp4" -frames:v 1 -q:v 6 "${name}.jpg"
}

make_clip 2 6
make_clip 3 6
make_clip 4 5
make_clip 5 4
ls -l
