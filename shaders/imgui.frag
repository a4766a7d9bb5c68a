#version 300 es
// Textured, vertex-coloured triangles. The atlas is single-channel coverage
// (R8): glyphs and ImGui's white pixel are white with alpha = coverage.
precision mediump float;
uniform sampler2D u_texture;
in vec2 v_uv;
in vec4 v_color;
out vec4 out_color;
void main() {
    out_color = vec4(v_color.rgb, v_color.a * texture(u_texture, v_uv).r);
}
