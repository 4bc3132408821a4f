CREATE INDEX IF NOT EXISTS measurement_city_idx ON public.measurement USING btree (city_id, logdate);
CREATE INDEX IF NOT EXISTS measurement_peak_idx ON public.measurement USING btree (peaktemp) WHERE (peaktemp > 40);
