// Steps the study materials tests share: a material drafted (and published) through the API.
import { expect } from 'vitest';
import type { Client } from '../../../test/harness.js';

export const ARTICLE = {
  kind: 'article',
  title: '学习贯彻全国政协十四届常委会会议精神',
  summary: '围绕建言资政和凝聚共识双向发力，谈谈委员履职的着力点。',
  body: '一、深刻领会会议精神。\n二、把握新时代人民政协工作的目标任务。\n三、结合本职工作，提高履职能力。',
  minutes: 12,
  deadline: '2026-03-20',
  audience: { all: true },
};

export async function draftMaterial(office: Client, over: Record<string, unknown> = {}) {
  const res = await office.post('/api/study/materials', { ...ARTICLE, ...over });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as number;
}

export async function publishedMaterial(office: Client, over: Record<string, unknown> = {}) {
  const id = await draftMaterial(office, over);
  const res = await office.post(`/api/study/materials/${id}/publish`);
  expect(res.statusCode, res.body).toBe(200);
  return id;
}
