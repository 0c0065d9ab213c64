-- Revision 2 of TraineeSignedUpEvent names the service point whose staff took the sign-up; null when the worker
-- signed up by themselves, and for every sign-up published as revision 1.
alter table sign_up add column service_point_id text;
